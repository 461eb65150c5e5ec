/** One line naming a device as the speed lab saw it: browser, WebGPU adapter (and whether it is emulated), WebGL renderer. */
import { t } from '../i18n';
import type { DeviceInfo } from './results';

export function deviceLine(device: DeviceInfo): string {
  const webgpu = device.webgpuAdapter === null ? t('speed.device.none') : device.webgpuSoftware ? t('speed.device.emulated', { name: device.webgpuAdapter }) : device.webgpuAdapter;
  return t('speed.device.line', { browser: device.browser, webgpu, webgl: device.webglRenderer ?? t('speed.device.none') });
}
