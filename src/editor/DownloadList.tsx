/**
 * Files the run offered (`lab.download`): links, never automatic downloads,
 * served with an inert type (download-type.ts) so none opens as a page of
 * the app's origin. Object URLs are revoked when the list goes.
 */
import { useEffect, useMemo } from 'react';
import { t } from '../i18n';
import { safeDownloadType } from './download-type';
import { formatBytes } from '../format/bytes';
import { objectUrl, releaseObjectUrl } from '../platform/object-url';
import type { DownloadEntry } from './output-state';

export function DownloadList({ downloads }: { downloads: readonly DownloadEntry[] }) {
  const urls = useMemo(() => downloads.map((d) => objectUrl(new Blob([d.bytes], { type: safeDownloadType(d.mimeType) }))), [downloads]);
  useEffect(() => () => urls.forEach(releaseObjectUrl), [urls]);
  if (downloads.length === 0) return null;
  return (
    <section className="lml-downloads" aria-label={t('runtime.downloads')}>
      <h4>{t('runtime.downloads')}</h4>
      <ul>
        {downloads.map((d, i) => (
          <li key={d.id}>
            <a href={urls[i]} download={d.filename}>
              {t('runtime.download.link', { filename: d.filename, size: formatBytes(d.bytes.byteLength) })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
