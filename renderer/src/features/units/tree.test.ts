import { describe, expect, it } from 'vitest';
import { buildTree, parentIds, selfAndDescendants } from './tree';

const item = (id: number, name: string, parentId: number | null = null) => ({ id, name, parentId });
const shape = (nodes: ReturnType<typeof buildTree>): unknown =>
  nodes.map((n) => (n.children.length ? { [n.item.name]: shape(n.children) } : n.item.name));

describe('buildTree', () => {
  it('nests children under their parent, each level in Vietnamese order', () => {
    const tree = buildTree([
      item(1, 'Ủy ban nhân dân phường'),
      item(2, 'Tổ dân phố 10', 5),
      item(3, 'Đảng ủy phường'),
      item(4, 'Tổ dân phố 2', 5),
      item(5, 'Khu dân cư số 1', 1),
      item(6, 'Dân quân tự vệ'),
    ]);
    expect(shape(tree)).toEqual([
      'Dân quân tự vệ',
      'Đảng ủy phường',
      { 'Ủy ban nhân dân phường': [{ 'Khu dân cư số 1': ['Tổ dân phố 2', 'Tổ dân phố 10'] }] },
    ]);
  });

  it('shows a unit whose parent is not in the list at the top level', () => {
    expect(shape(buildTree([item(1, 'Trạm y tế', 99), item(2, 'Chi bộ', 1)]))).toEqual([
      { 'Trạm y tế': ['Chi bộ'] },
    ]);
  });

  it('survives a parent loop, showing every unit once', () => {
    const tree = buildTree([item(1, 'A', 2), item(2, 'B', 1), item(3, 'C', 3)]);
    const names: string[] = [];
    const walk = (nodes: typeof tree) => nodes.forEach((n) => (names.push(n.item.name), walk(n.children)));
    walk(tree);
    expect(names.sort()).toEqual(['A', 'B', 'C']);
  });
});

describe('selfAndDescendants', () => {
  it('finds the unit and everything below it, not its siblings or parent', () => {
    const items = [item(1, 'root'), item(2, 'a', 1), item(3, 'b', 1), item(4, 'a1', 2), item(5, 'a11', 4)];
    expect([...selfAndDescendants(items, 2)].sort()).toEqual([2, 4, 5]);
  });
});

describe('parentIds', () => {
  it('lists the nodes that can fold', () => {
    expect(
      parentIds(buildTree([item(1, 'r'), item(2, 'c', 1), item(3, 'g', 2), item(4, 's')])).sort(),
    ).toEqual([1, 2]);
  });
});
