// axios-retry: a fresh axios.create() instance with axiosRetry(instance) and axios-retry's default options.
import { axiosSession, type AxiosInstanceLike, type AxiosLike } from '../axios-session.js';
import { defineClient } from '../client.js';
import { mainExport } from '../installed-package.js';

/** axios with axios-retry. */
export const axiosRetry = defineClient({
  id: 'axios-retry',
  title: 'axios + axios-retry',
  packages: ['axios', 'axios-retry'],
  summary: 'instance.request({ url, method, data }) on axios.create() after axiosRetry(instance) with its defaults.',
  open: (modules) => {
    const instance = mainExport<AxiosLike>(modules.axios).create();
    mainExport<(instance: AxiosInstanceLike) => unknown>(modules['axios-retry'])(instance);
    return axiosSession(instance);
  },
});
