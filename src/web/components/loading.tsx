import { useCommonText } from '../i18n/common-text';

export function LoadingState({ label }: { label?: string }) {
  const t = useCommonText();
  return (
    <div className="loading-state" role="status">
      <span className="spinner spinner-large" aria-hidden="true" />
      <span>{label ?? t('loading')}</span>
    </div>
  );
}
