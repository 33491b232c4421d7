import { channel } from './define';
import { emptyInput } from '../schemas/fields';

export interface DemoStatus {
  /** No units, people, households, movements or decisions at all (trashed ones count as data). */
  empty: boolean;
}

/** What «Tạo dữ liệu mẫu» stored. */
export interface DemoLoadResult {
  units: number;
  people: number;
  households: number;
  movements: number;
  registrations: number;
  models: number;
  decisions: number;
  awards: number;
}

export const demoChannels = {
  'demo.status': channel<DemoStatus>()(emptyInput),
  /** Loads the small sample ward of phường Lê Chân into an empty database, in one transaction. */
  'demo.load': channel<DemoLoadResult>()(emptyInput),
};
