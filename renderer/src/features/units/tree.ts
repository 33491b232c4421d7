import { compareVietnamese } from '../../../../shared/rules/names';

interface TreeItem {
  id: number;
  name: string;
  parentId: number | null;
}

export interface TreeNode<T extends TreeItem> {
  item: T;
  children: TreeNode<T>[];
}

/**
 * Nests the units by parent, each level in Vietnamese order. A unit whose parent is not in the list
 * (filtered out, or in the trash) is shown at the top level rather than hidden.
 */
export function buildTree<T extends TreeItem>(items: readonly T[]): TreeNode<T>[] {
  const ids = new Set(items.map((item) => item.id));
  const childrenOf = new Map<number, T[]>();
  for (const item of items) {
    if (item.parentId === null || !ids.has(item.parentId) || item.parentId === item.id) continue;
    childrenOf.set(item.parentId, [...(childrenOf.get(item.parentId) ?? []), item]);
  }
  const placed = new Set<number>();
  const place = (item: T): TreeNode<T>[] => {
    if (placed.has(item.id)) return [];
    placed.add(item.id);
    return [{ item, children: sorted((childrenOf.get(item.id) ?? []).flatMap(place)) }];
  };
  const isRoot = (item: T) => item.parentId === null || !ids.has(item.parentId) || item.parentId === item.id;
  const roots = items.filter(isRoot).flatMap(place);
  // A parent loop (which the database should never hold) would leave units unreachable: show them.
  for (const item of items) roots.push(...place(item));
  return sorted(roots);
}

function sorted<T extends TreeItem>(level: TreeNode<T>[]): TreeNode<T>[] {
  return level.sort((a, b) => compareVietnamese(a.item.name, b.item.name));
}

/** The unit and every unit below it: none of them can become its parent. */
export function selfAndDescendants(items: readonly TreeItem[], id: number): Set<number> {
  const childrenOf = new Map<number, number[]>();
  for (const item of items) {
    if (item.parentId === null) continue;
    childrenOf.set(item.parentId, [...(childrenOf.get(item.parentId) ?? []), item.id]);
  }
  const found = new Set<number>([id]);
  const queue = [id];
  while (queue.length > 0) {
    for (const child of childrenOf.get(queue.pop()!) ?? []) {
      if (found.has(child)) continue;
      found.add(child);
      queue.push(child);
    }
  }
  return found;
}

/** The ids of nodes that have children, for "collapse all". */
export function parentIds<T extends TreeItem>(roots: readonly TreeNode<T>[]): number[] {
  const ids: number[] = [];
  const walk = (nodes: readonly TreeNode<T>[]) => {
    for (const node of nodes) {
      if (node.children.length === 0) continue;
      ids.push(node.item.id);
      walk(node.children);
    }
  };
  walk(roots);
  return ids;
}
