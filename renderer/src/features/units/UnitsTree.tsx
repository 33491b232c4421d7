import { ActionIcon, Anchor, Box, Button, Group, Paper, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconLibraryMinus, IconLibraryPlus } from '@tabler/icons-react';
import { useMemo } from 'react';
import { UNIT_KIND_LABELS } from '../../../../shared/domain/registry';
import type { UnitRow } from '../../../../shared/schemas/registry/units';
import { hashOf } from '../../app/areas';
import { useUnits } from './store';
import { buildTree, parentIds, type TreeNode } from './tree';
import { unitsTexts as t } from './texts';
import { UnitRowActions } from './UnitRowActions';
import { UnitStatus } from './UnitStatus';
import classes from './UnitsTree.module.css';

const INDENT_PX = 28;

/** The units nested under their parents, each level in Vietnamese order, foldable. */
export function UnitsTree({ rows }: { rows: UnitRow[] }) {
  const roots = useMemo(() => buildTree(rows), [rows]);
  const collapsed = useUnits((s) => s.collapsed);
  const setCollapsed = useUnits((s) => s.setCollapsed);
  const folded = useMemo(() => new Set(collapsed), [collapsed]);
  const foldable = useMemo(() => parentIds(roots), [roots]);

  return (
    <Paper withBorder>
      {foldable.length > 0 ? (
        <Group
          gap="xs"
          p="xs"
          justify="flex-end"
          style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
        >
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconLibraryPlus size={16} aria-hidden />}
            onClick={() => setCollapsed([])}
          >
            {t.expandAll}
          </Button>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconLibraryMinus size={16} aria-hidden />}
            onClick={() => setCollapsed(foldable)}
          >
            {t.collapseAll}
          </Button>
        </Group>
      ) : null}
      <Level nodes={roots} depth={0} folded={folded} label={t.treeLabel} />
    </Paper>
  );
}

interface LevelProps {
  nodes: TreeNode<UnitRow>[];
  depth: number;
  folded: ReadonlySet<number>;
  label?: string;
  id?: string;
}

function Level({ nodes, depth, folded, label, id }: LevelProps) {
  return (
    <ul className={classes.list} aria-label={label} id={id}>
      {nodes.map((node) => (
        <Item key={node.item.id} node={node} depth={depth} folded={folded} />
      ))}
    </ul>
  );
}

function Item({
  node,
  depth,
  folded,
}: {
  node: TreeNode<UnitRow>;
  depth: number;
  folded: ReadonlySet<number>;
}) {
  const toggle = useUnits((s) => s.toggleCollapsed);
  const unit = node.item;
  const hasChildren = node.children.length > 0;
  const open = hasChildren && !folded.has(unit.id);
  const childListId = `unit-children-${unit.id}`;

  return (
    <li>
      <div className={classes.row}>
        <div className={classes.name} style={{ paddingLeft: depth * INDENT_PX }}>
          {hasChildren ? (
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              aria-expanded={open}
              aria-controls={open ? childListId : undefined}
              aria-label={open ? t.collapse(unit.name) : t.expand(unit.name)}
              onClick={() => toggle(unit.id)}
            >
              {open ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
            </ActionIcon>
          ) : (
            <Box w={22} aria-hidden />
          )}
          <Anchor href={hashOf('units', unit.id)} fw={500} c={unit.active ? undefined : 'dimmed'} truncate>
            {unit.name}
          </Anchor>
          {unit.shortName ? (
            <Text span c="dimmed" size="sm" style={{ whiteSpace: 'nowrap' }}>
              ({unit.shortName})
            </Text>
          ) : null}
        </div>
        <Text className={classes.kind} size="sm" c="dimmed" truncate>
          {UNIT_KIND_LABELS[unit.kind]}
        </Text>
        <Text className={classes.people} size="sm">
          {t.people(unit.peopleCount)}
        </Text>
        <div className={classes.status}>
          <UnitStatus unit={unit} quiet />
        </div>
        <UnitRowActions unit={unit} />
      </div>
      {open ? <Level nodes={node.children} depth={depth + 1} folded={folded} id={childListId} /> : null}
    </li>
  );
}
