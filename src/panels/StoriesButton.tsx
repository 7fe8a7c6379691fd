import { useEffect, useRef, useState } from 'react';
import { useAtlasStore } from '../state/store.ts';
import { loadStories, openStory } from '../state/storyActions.ts';
import { useI18n } from '../i18n/useI18n.ts';
import './story.css';

/** The header's "Stories": a list of the guided stories, fetched the first time it opens. Stories name
 * the record's contacts, so the button is only there while the record is on screen. */
export default function StoriesButton() {
  const [open, setOpen] = useState(false);
  const builtIn = useAtlasStore((s) => s.dataset.status === 'ready' && s.dataset.provenance === null);
  const stories = useAtlasStore((s) => s.stories);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const { t } = useI18n();

  useEffect(() => {
    if (open) panel.current?.focus();
  }, [open]);

  if (!builtIn) return null;
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const toggle = () => {
    if (!open) void loadStories();
    setOpen(!open);
  };
  const choose = (slug: string) => {
    setOpen(false);
    openStory(slug);
  };
  return (
    <div className="stories-menu">
      <button
        ref={button}
        type="button"
        className="header-button"
        aria-expanded={open}
        aria-controls="stories-list"
        onClick={toggle}
      >
        {t('story.list.open')}
      </button>
      {open && (
        <div
          id="stories-list"
          ref={panel}
          className="stories-list"
          role="dialog"
          aria-label={t('story.list.title')}
          tabIndex={-1}
          onKeyDown={(e) => {
            if (e.key === 'Escape') close();
          }}
        >
          <div className="stories-list-head">
            <h2>{t('story.list.title')}</h2>
            <button type="button" className="header-button" onClick={close}>
              {t('story.list.close')}
            </button>
          </div>
          <p className="hint">{t('story.list.intro')}</p>
          {stories.status === 'loading' && <p className="hint">{t('story.list.loading')}</p>}
          {stories.status === 'failed' && (
            <p className="hint" role="alert">
              {t('story.list.failed')}
            </p>
          )}
          <ul>
            {stories.list.map((story) => (
              <li key={story.slug}>
                <button type="button" className="story-choice" onClick={() => choose(story.slug)}>
                  <strong lang="en">
                    <bdi>{story.title}</bdi>
                  </strong>
                  <span className="hint">{t('story.list.steps', { count: story.steps.length })}</span>
                  <span lang="en" dir="auto">
                    {story.summary}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
