import { createTheme, Fieldset, TextInput, type MantineColorsTuple } from '@mantine/core';

// A deep official blue. Red is kept for errors (and the small emblem), so a focused input never
// looks like a refused one.
const brand: MantineColorsTuple = [
  '#edf2fb',
  '#d8e2f3',
  '#aec3e5',
  '#82a2d7',
  '#5d86cb',
  '#4675c4',
  '#386bc1',
  '#2a5aab',
  '#214f99',
  '#124387',
];

// Fonts that carry every Vietnamese tone mark on Windows first, then Linux.
const FONT_STACK = '"Segoe UI", Roboto, "Noto Sans", Arial, sans-serif';

/** The one theme of the app. */
export const theme = createTheme({
  primaryColor: 'brand',
  primaryShade: 8,
  colors: { brand },
  fontFamily: FONT_STACK,
  headings: { fontFamily: FONT_STACK, fontWeight: '600' },
  defaultRadius: 'sm',
  cursorType: 'pointer',
  components: {
    Fieldset: Fieldset.extend({ styles: { legend: { fontWeight: 600 } } }),
    // Hints under the box rather than between label and box, so inputs side by side stay aligned.
    TextInput: TextInput.extend({
      defaultProps: { inputWrapperOrder: ['label', 'input', 'description', 'error'] },
    }),
  },
});
