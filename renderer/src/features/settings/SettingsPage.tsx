import { useEffect } from 'react';
import { Page } from '../../components/Page';
import { Loading } from '../../components/Loading';
import { LoadError } from '../../components/LoadError';
import { SettingsForm } from './SettingsForm';
import { SupportCard } from './SupportCard';
import { useSettings } from './store';
import { settingsTexts as t } from './texts';

/** Cài đặt: the office's settings and the support tools. */
export function SettingsPage({ title }: { title: string }) {
  const stored = useSettings((s) => s.stored);
  const loadStatus = useSettings((s) => s.loadStatus);
  const loadError = useSettings((s) => s.loadError);
  const ensureLoaded = useSettings((s) => s.ensureLoaded);
  const load = useSettings((s) => s.load);

  useEffect(() => {
    void ensureLoaded();
  }, [ensureLoaded]);

  return (
    <Page title={title} lead={t.lead}>
      {stored ? (
        <SettingsForm stored={stored} />
      ) : loadStatus === 'error' && loadError ? (
        <LoadError
          title={t.loadFailed}
          message={loadError}
          retryLabel={t.retry}
          onRetry={() => void load()}
        />
      ) : (
        <Loading label={t.loading} />
      )}
      <SupportCard />
    </Page>
  );
}
