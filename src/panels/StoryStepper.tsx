import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useAtlasStore } from '../state/store.ts';
import { selectIndex, selectStory, selectStoryContacts } from '../state/selectors.ts';
import { goToStep, leaveStory, loadStories, nextStep, previousStep } from '../state/storyActions.ts';
import { selectContact, setHover } from '../state/actions.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { ContactSummaryLine } from './ContactDetails.tsx';
import { useFinePointer } from './useFinePointer.ts';
import './story.css';

/** Arrow keys move between steps while focus is in the story card, except in a field that uses them. */
function onArrows(e: KeyboardEvent<HTMLElement>) {
  if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
  if ((e.target as HTMLElement).closest('input, textarea, select')) return;
  if (e.key === 'ArrowLeft') previousStep();
  else if (e.key === 'ArrowRight') nextStep();
  else return;
  e.preventDefault();
}

/** The open story: the step's text, the contacts that back it, and previous, next and leave. */
export default function StoryStepper() {
  const pointer = useAtlasStore((s) => s.story);
  const status = useAtlasStore((s) => s.stories.status);
  const story = useAtlasStore(selectStory);
  const contacts = useAtlasStore(selectStoryContacts);
  const index = useAtlasStore(selectIndex);
  const card = useRef<HTMLElement>(null);
  const opened = useRef<string | null>(null);
  const { t } = useI18n();
  const keysId = useId();
  // The arrow keys are offered where a keyboard is likely; on a touch screen the hint would mean nothing.
  const showKeys = useFinePointer();

  // Back or Forward into a story's step can come before the stories are loaded.
  useEffect(() => {
    if (pointer && status === 'idle') void loadStories();
  }, [pointer, status]);
  // A story just opened takes focus, so the arrow keys work at once.
  useEffect(() => {
    const slug = story?.slug ?? null;
    if (slug && opened.current !== slug) card.current?.focus();
    opened.current = slug;
  }, [story]);

  if (!pointer || !story || !index) return null;
  const at = Math.min(pointer.step, story.steps.length - 1);
  const step = story.steps[at]!;
  const last = story.steps.length - 1;
  return (
    <section
      ref={card}
      className="story-stepper"
      aria-label={t('story.stepper.label', { title: story.title })}
      aria-describedby={showKeys ? keysId : undefined}
      tabIndex={-1}
      onKeyDown={onArrows}
    >
      <p className="story-kicker">
        <span>{t('story.stepper.step', { step: at + 1, count: story.steps.length })}</span>
        {showKeys && (
          <span id={keysId} className="hint">
            {t('story.stepper.keys')}
          </span>
        )}
      </p>
      <h2 className="story-title" lang="en">
        <bdi>{story.title}</bdi>
      </h2>
      <div className="story-body" aria-live="polite">
        <p className="story-text" lang="en" dir="auto">
          {step.text}
        </p>
        <p className="story-shows">{t('story.stepper.shows', { count: contacts.length })}</p>
        <ul className="story-contacts">
          {contacts.map((i) => {
            const c = index.contacts[i]!;
            return (
              <li key={c.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => selectContact(i, true)}
                  onMouseEnter={() => setHover({ type: 'contact', contact: i })}
                  onMouseLeave={() => setHover(null)}
                  lang="en"
                >
                  <bdi>{c.title}</bdi>
                </button>
                <ContactSummaryLine contact={c} />
              </li>
            );
          })}
        </ul>
      </div>
      <div className="story-controls">
        <button type="button" onClick={() => goToStep(at - 1)} aria-disabled={at === 0}>
          ‹ {t('story.stepper.previous')}
        </button>
        <button type="button" onClick={() => goToStep(at + 1)} aria-disabled={at === last}>
          {t('story.stepper.next')} ›
        </button>
        <button type="button" className="story-leave" onClick={leaveStory}>
          {t('story.stepper.leave')}
        </button>
      </div>
    </section>
  );
}
