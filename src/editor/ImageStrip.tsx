/** A row of small pictures (`lab.images`), each upscaled without smoothing, with its caption. */
import { useEffect, useRef } from 'react';
import { t } from '../i18n';
import type { PictureData } from '../runtime/protocol';

const DISPLAY = 84;

function Picture({ picture }: { picture: PictureData }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const { width, height, channels, pixels } = picture;
    const image = context.createImageData(width, height);
    for (let i = 0; i < width * height; i++) {
      const r = pixels[i * channels] ?? 0;
      const g = channels === 3 ? (pixels[i * 3 + 1] ?? 0) : r;
      const b = channels === 3 ? (pixels[i * 3 + 2] ?? 0) : r;
      image.data.set([Math.round(r * 255), Math.round(g * 255), Math.round(b * 255), 255], i * 4);
    }
    context.putImageData(image, 0, 0);
  }, [picture]);
  const scale = DISPLAY / Math.max(picture.width, picture.height);
  return (
    <figure className="lml-picture" data-tone={picture.tone ?? undefined}>
      <canvas
        ref={ref}
        width={picture.width}
        height={picture.height}
        style={{ width: Math.round(picture.width * scale), height: Math.round(picture.height * scale) }}
        role="img"
        aria-label={t('runtime.images.picture', { width: picture.width, height: picture.height, caption: picture.caption ?? '' })}
      />
      {picture.caption && <figcaption>{picture.caption}</figcaption>}
    </figure>
  );
}

export function ImageStrip({ name, images }: { name: string; images: readonly PictureData[] }) {
  return (
    <section className="lml-images" aria-label={name} data-images={name}>
      <h4>{name}</h4>
      <div className="lml-picture-row">
        {images.map((picture, i) => (
          <Picture key={i} picture={picture} />
        ))}
      </div>
    </section>
  );
}
