import { useSyncExternalStore } from 'react';
import { currentUpdate, dismissUpdate, subscribeToUpdate } from './updateOffer.ts';
import './updateBanner.css';

/** "A new version is available": shown when a new release has installed and waits for the user. */
export default function UpdateBanner() {
  const apply = useSyncExternalStore(subscribeToUpdate, currentUpdate);
  // The live region is always in the page, so screen readers announce the message when it appears.
  return (
    <div className="update-banner" role="status">
      {apply && (
        <>
          <span>A new version is available.</span>
          <button type="button" className="update-banner-reload" onClick={apply}>
            Reload
          </button>
          <button type="button" onClick={dismissUpdate}>
            Later
          </button>
        </>
      )}
    </div>
  );
}
