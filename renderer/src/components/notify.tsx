import { notifications } from '@mantine/notifications';
import { IconCheck, IconX } from '@tabler/icons-react';

/** A green note that something was done. */
export function notifyDone(message: string): void {
  notifications.show({ color: 'green', icon: <IconCheck size={18} aria-hidden />, message });
}

/** A red note that something could not be done, with the API's Vietnamese reason. */
export function notifyFailed(title: string, message: string): void {
  notifications.show({ color: 'red', icon: <IconX size={18} aria-hidden />, title, message });
}
