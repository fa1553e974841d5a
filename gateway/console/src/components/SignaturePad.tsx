import { useEffect, useRef, useState, type PointerEvent } from 'react';
import { Button, Space, Typography } from 'antd';
import { ClearOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** Less ink than this (in CSS pixels of stroke) is a tap, not a signature. */
const MIN_INK = 40;

/**
 * 签名板: the customer signs with a finger (or a mouse, or a pen) on a canvas. Pointer events cover all
 * three; `touch-action: none` keeps the page from scrolling under the finger. Reports the drawing as a
 * PNG data URL after each stroke, or null once cleared.
 */
export function SignaturePad({ onChange, height = 180, disabled = false }: { onChange(png: string | null): void; height?: number; disabled?: boolean }) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const last = useRef<{ x: number; y: number } | null>(null);
  const ink = useRef(0);
  const [signed, setSigned] = useState(false);

  /** A white page at the device's resolution (sharp lines on a phone), drawn in CSS pixels. */
  const reset = () => {
    const c = canvas.current;
    if (!c) return;
    const ratio = Math.min(window.devicePixelRatio || 1, 2);
    c.width = Math.round(c.clientWidth * ratio);
    c.height = Math.round(height * ratio);
    const g = c.getContext('2d')!;
    g.setTransform(ratio, 0, 0, ratio, 0, 0);
    g.fillStyle = '#fff';
    g.fillRect(0, 0, c.width, c.height);
    g.lineWidth = 2.5;
    g.lineCap = 'round';
    g.lineJoin = 'round';
    g.strokeStyle = '#1f1f1f';
    ink.current = 0;
    setSigned(false);
  };
  useEffect(reset, [height]);

  const point = (e: PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };

  const down = (e: PointerEvent<HTMLCanvasElement>) => {
    if (disabled) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    last.current = point(e);
    const g = e.currentTarget.getContext('2d')!;
    g.beginPath();
    g.arc(last.current.x, last.current.y, 1.2, 0, Math.PI * 2);
    g.fillStyle = '#1f1f1f';
    g.fill();
  };

  const move = (e: PointerEvent<HTMLCanvasElement>) => {
    if (!last.current) return;
    e.preventDefault();
    const g = e.currentTarget.getContext('2d')!;
    // Coalesced events keep a fast finger's line smooth.
    const points = e.nativeEvent.getCoalescedEvents?.().map((p) => ({ x: p.clientX - e.currentTarget.getBoundingClientRect().left, y: p.clientY - e.currentTarget.getBoundingClientRect().top })) ?? [];
    for (const p of points.length ? points : [point(e)]) {
      g.beginPath();
      g.moveTo(last.current.x, last.current.y);
      g.lineTo(p.x, p.y);
      g.stroke();
      ink.current += Math.hypot(p.x - last.current.x, p.y - last.current.y);
      last.current = p;
    }
  };

  const up = (e: PointerEvent<HTMLCanvasElement>) => {
    if (!last.current) return;
    last.current = null;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
    const enough = ink.current >= MIN_INK;
    setSigned(enough);
    onChange(enough ? e.currentTarget.toDataURL('image/png') : null);
  };

  const clear = () => {
    reset();
    onChange(null);
  };

  return (
    <Space direction="vertical" size={6} style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary">{signed ? t('fieldWork.signed') : t('fieldWork.signHere')}</Typography.Text>
        <Button icon={<ClearOutlined />} onClick={clear} disabled={disabled} data-testid="signature-clear">{t('fieldWork.clearSignature')}</Button>
      </Space>
      <canvas
        ref={canvas}
        data-testid="signature-pad"
        data-signed={signed ? 'true' : 'false'}
        aria-label={t('fieldWork.signHere')}
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={up}
        style={{ width: '100%', height, display: 'block', touchAction: 'none', border: `1px dashed ${signed ? '#1677ff' : '#bfbfbf'}`, borderRadius: 8, background: '#fff', cursor: disabled ? 'not-allowed' : 'crosshair' }}
      />
    </Space>
  );
}
