import { Anchor } from '@mantine/core';
import type { UnitRef } from '../../../../shared/schemas/registry/units';
import { hashOf } from '../../app/areas';

/** A unit's name linking to its page. */
export function UnitLink({ unit }: { unit: UnitRef }) {
  return <Anchor href={hashOf('units', unit.id)}>{unit.name}</Anchor>;
}
