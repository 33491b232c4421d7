import { isOptionsGroup, type ComboboxParsedItem, type OptionsFilter } from '@mantine/core';
import { foldForSearch, matchesSearch } from '../../../shared/rules/search';

/**
 * The search of a Select or MultiSelect, Vietnamese-style: case and tone marks ignored, đ = d, every
 * typed word anywhere in the label ("to 5" finds "Tổ dân phố 5").
 */
export function foldedOptionsFilter<Value extends string | number>({
  options,
  search,
  limit,
}: Parameters<OptionsFilter<Value>>[0]): ComboboxParsedItem<Value>[] {
  const result: ComboboxParsedItem<Value>[] = [];
  for (const item of options) {
    if (result.length >= limit) break;
    if (isOptionsGroup(item)) {
      const items = foldedOptionsFilter({ options: item.items, search, limit: limit - result.length });
      if (items.length > 0) result.push({ group: item.group, items } as ComboboxParsedItem<Value>);
    } else if (matchesSearch(foldForSearch(item.label), search)) {
      result.push(item);
    }
  }
  return result;
}
