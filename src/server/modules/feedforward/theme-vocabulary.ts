/**
 * Vocabulary for grouping feedforward. Stakeholders name the same topic with different
 * words ("standup", "retro", "agenda"), and a round has only a dozen or so suggestions, too
 * few for the words to find each other by statistics alone. Each concept adds one shared
 * term to every suggestion that uses one of its words.
 */
export const themeConcepts: ReadonlyArray<{ label: string; words: string }> = [
  { label: 'meetings', words: 'meeting standup stand-up retro retrospective sync oneonone agenda minutes' },
  {
    label: 'recognition',
    words: 'thank thanks recognize recognition praise credit appreciate acknowledge celebrate kudos',
  },
  { label: 'decisions', words: 'decide decision input consult involve opinion vote' },
  { label: 'feedback', words: 'feedback criticism critique' },
  { label: 'direction', words: 'priority prioritize roadmap goal direction vision strategy purpose' },
  { label: 'keeping people informed', words: 'update inform communicate announce transparent context' },
  { label: 'listening', words: 'listen interrupt hear' },
  { label: 'autonomy', words: 'delegate autonomy micromanage trust freedom' },
  { label: 'workload', words: 'workload overtime weekend burnout stress rest overload' },
  { label: 'growth', words: 'career grow growth develop mentor coach learn skill' },
];

/**
 * Words nearly every suggestion uses ("could you", "more", "next time"), which would make
 * unrelated suggestions look alike.
 */
export const suggestionFillerWords =
  'future next time could would please try more less help better good great maybe always sure idea ' +
  'suggest like love also able start stop continue keep lot really thing way going forward';
