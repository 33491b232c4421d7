/** Texts of the shared registry search (the pickers' own labels stay in their features). */
export const registrySearchTexts = {
  born: (year: number) => `sinh năm ${year}`,
} as const;
