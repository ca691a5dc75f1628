import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Lesson } from '../../lib/model/lesson';
import type { Story } from '../../lib/model/story';
import { StoriesAndLessons, type StoriesAndLessonsProps } from './StoriesAndLessons';

interface Props extends Omit<StoriesAndLessonsProps, 'stories' | 'lessons' | 'idPrefix'> {
  /** Stories matching a query (every story for an empty one), newest first. */
  searchStories: (query: string) => readonly Story[];
  searchLessons: (query: string) => readonly Lesson[];
}

/** Every success story and lesson learned in the workspace, searchable. */
export function StoriesView({ searchStories, searchLessons, ...rest }: Props) {
  const [query, setQuery] = useState('');
  return (
    <div class="stories-view">
      <div class="field">
        <label for="stories-search">{t('value.stories.search')}</label>
        <input
          id="stories-search"
          type="search"
          value={query}
          autoComplete="off"
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
      </div>
      <StoriesAndLessons
        {...rest}
        idPrefix="workspace"
        stories={searchStories(query)}
        lessons={searchLessons(query)}
        filtered={query.trim() !== ''}
      />
    </div>
  );
}
