/**
 * The plugin manifest is the single source of the facts a host relies on (mount path, SSO paths,
 * settings schema, health path). Code reads them from here rather than repeating them.
 */
import manifestJson from '../plugin.manifest.json';

export type PluginManifest = typeof manifestJson;

export const manifest: PluginManifest = manifestJson;

