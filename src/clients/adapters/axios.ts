// axios: a fresh axios.create() instance with axios' defaults (no retry, no timeout).
import { axiosSession, type AxiosLike } from '../axios-session.js';
import { defineClient } from '../client.js';
import { mainExport } from '../installed-package.js';

/** axios without axios-retry. */
export const axios = defineClient({
  id: 'axios',
  title: 'axios',
  packages: ['axios'],
  summary: 'instance.request({ url, method, data }) on axios.create() with its defaults (timeout 0, http.globalAgent).',
  open: (modules) => axiosSession(mainExport<AxiosLike>(modules.axios).create()),
});
