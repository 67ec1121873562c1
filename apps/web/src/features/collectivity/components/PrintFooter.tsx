import { useEffect, useState } from 'react';
import { useI18n } from '../../../lib/i18n';

const today = () => new Date().toISOString();

/**
 * The end of a printed collectivity page (print.css shows it in print only): the day it was printed and the
 * permalink, so that a sheet on a council's table says where and when it comes from.
 */
export function PrintFooter({ path }: { path: string }) {
  const { t, formatDate } = useI18n();
  const [now, setNow] = useState(today);
  // A page left open overnight prints the day it is printed.
  useEffect(() => {
    const update = () => setNow(today());
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, []);
  const permalink = `${window.location.origin}${path}`;
  return (
    <div className="print-only print-footer" data-testid="print-footer">
      <p>
        {t('collectivity.print.footer', { date: formatDate(now, { timeZone: undefined }) })}{' '}
        <span className="print-permalink">{permalink}</span>
      </p>
    </div>
  );
}
