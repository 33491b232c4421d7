import { Center } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { AppLayout } from './app/AppLayout';
import { AreaView } from './app/AreaView';
import { followLocationHash, useNavigation } from './app/navigation';
import { APP_NAME, AREA_LABELS } from './app/texts';
import { Loading } from './components/Loading';
import { PAGE_TITLE_ID } from './components/Page';
import { RecoveryScreen } from './features/recovery/RecoveryScreen';
import { useRecovery, watchRecoveryRequired } from './features/recovery/store';
import { recoveryTexts } from './features/recovery/texts';
import { useSettings } from './features/settings/store';

/**
 * The whole app. It first asks whether the data is usable: while it needs recovery (damaged or
 * missing at start-up, or any call answering RECOVERY_REQUIRED), only the recovery screen shows.
 */
export function App() {
  const phase = useRecovery((s) => s.phase);
  const info = useRecovery((s) => s.info);
  const check = useRecovery((s) => s.check);

  useEffect(() => watchRecoveryRequired(), []);
  useEffect(() => {
    void check();
  }, [check]);

  useEffect(() => {
    if (phase !== 'recovery') return;
    document.title = `${recoveryTexts.title} – ${APP_NAME}`;
    document.getElementById(PAGE_TITLE_ID)?.focus({ preventScroll: true });
  }, [phase]);

  if (phase === 'recovery' && info) return <RecoveryScreen info={info} />;
  if (phase === 'checking') {
    return (
      <Center mih="100vh">
        <Loading label={recoveryTexts.checking} />
      </Center>
    );
  }
  return <Shell />;
}

/** The shell around the page of the current area. */
function Shell() {
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
