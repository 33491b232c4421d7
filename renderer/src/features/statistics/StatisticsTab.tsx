// Filled by the reporting work of issue #7 (this file is a slot so the area shell compiles).
export function StatisticsTab() {
  return null;
}
