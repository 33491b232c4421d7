import { channel } from './define';
import { emptyInput } from '../schemas/fields';
import { settingsSchema, type Settings } from '../schemas/settings';

export const settingsChannels = {
  'settings.get': channel<Settings>()(emptyInput),
  'settings.update': channel<Settings>()(settingsSchema),
};
