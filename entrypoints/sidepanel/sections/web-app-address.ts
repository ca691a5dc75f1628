import { useEffect, useState } from 'preact/hooks';
import {
  loadWebAppAddress,
  normaliseWebAppAddress,
  webAppAddressItem,
} from '../../../lib/storage/web-app-address';

/** The web app's address for invite links, kept in step with storage, and its save. */
export function useWebAppAddress(): [string, (text: string) => Promise<boolean>] {
  const [address, setAddress] = useState('');
  useEffect(() => {
    const load = () => void loadWebAppAddress().then(setAddress);
    load();
    return webAppAddressItem.watch(load);
  }, []);
  const save = async (text: string) => {
    const url = text.trim() === '' ? '' : normaliseWebAppAddress(text);
    if (url === null) return false;
    await webAppAddressItem.setValue(url);
    return true;
  };
  return [address, save];
}
