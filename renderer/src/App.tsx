import { useEffect, useRef } from 'react';
import { AppLayout } from './app/AppLayout';
import { AreaView } from './app/AreaView';
import { followLocationHash, useNavigation } from './app/navigation';
import { APP_NAME, AREA_LABELS } from './app/texts';
import { PAGE_TITLE_ID } from './components/Page';
import { useSettings } from './features/settings/store';

/** The whole app: the shell around the page of the current area. */
export function App() {
  const area = useNavigation((s) => s.area);
  const ensureSettings = useSettings((s) => s.ensureLoaded);
  const shownArea = useRef(area);

  useEffect(() => followLocationHash(), []);

  // The header shows the ward name from the settings.
  useEffect(() => {
    void ensureSettings();
  }, [ensureSettings]);

  useEffect(() => {
    document.title = `${AREA_LABELS[area]} – ${APP_NAME}`;
    // After the user changes area, move focus to the new page's heading, as a full page load would.
    if (shownArea.current === area) return;
    shownArea.current = area;
    window.scrollTo?.(0, 0);
    document.getElementById(PAGE_TITLE_ID)?.focus({ preventScroll: true });
  }, [area]);

  return (
    <AppLayout area={area}>
      <AreaView key={area} area={area} />
    </AppLayout>
  );
}
