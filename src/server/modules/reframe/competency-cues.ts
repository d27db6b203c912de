/**
 * Words new managers use when they describe a *problem* that a competency addresses. The
 * framework text describes the remedy ("delegate the outcome"); the problem is told in
 * symptoms ("I end up rewriting their code myself"), so these cues bridge the two.
 * Keyed by default-framework competency key; an edited framework with other keys simply
 * gets no cues and is matched on its own text.
 */
export const competencyCues: Record<string, string> = {
  'listening-with-empathy': [
    'listen hear heard unheard interrupt understand misunderstand attention distracted multitask dismiss',
    'ignore quiet silent speak open empathy concern talk vent perspective oneonone cut off assume confide',
  ].join(' '),
  coaching: [
    'coach mentor grow develop learn junior newcomer hire onboard skill career answer question stuck',
    'depend rely solve figure teach guidance potential promotion ask independent confidence spoon-feed',
  ].join(' '),
  'delegating-outcomes': [
    'delegate hand myself bottleneck approve approval control micromanage detail instructions rewrite',
    'fix jump take over trust autonomy task everything spec overrule hands-on busy through me only one',
  ].join(' '),
  'giving-feedback': [
    'feedback criticism critique performance underperform quality mistake sloppy defensive harsh honest',
    'candid tell address improve expectation standard sugarcoat difficult hurt feelings demotivate',
    'behavior warning low performer',
  ].join(' '),
  'co-creating-decisions': [
    'decide decision input consult involve buy-in pushback resist announce top-down agree consensus',
    'opinion vote discuss alternative idea impose say reorg unilateral asked change process',
  ].join(' '),
  'building-a-shared-vision': [
    'vision direction purpose goal strategy roadmap priority meaning mission align focus pointless',
    'big picture objective okr confused context future long-term matter business company quarter scattered',
  ].join(' '),
  'fostering-ownership-and-accountability': [
    'own owner ownership accountable responsibility deadline commitment promise slip late miss deliver',
    'follow through initiative chase blame excuse status surprise estimate drop ball forgot crack handoff',
  ].join(' '),
  'handling-conflict': [
    'conflict argue argument tension clash fight disagree friction gossip complain drama rivalry blame',
    'side tense hostile passive-aggressive personal heated silo feud resent grudge',
  ].join(' '),
  'recognizing-contributions': [
    'recognize recognition appreciate thank credit praise celebrate acknowledge unnoticed unappreciated',
    'valued motivation morale effort reward win shout-out invisible notice ship launch milestone',
    'success achievement overlooked thankless',
  ].join(' '),
  'supporting-well-being': [
    'stress burnout burn exhausted tired overtime weekend evening workload overwhelmed overloaded sick',
    'health balance pressure anxious struggle vacation holiday family pace sustainable on-call hours',
    'crunch sleep quit turnover boundary',
  ].join(' '),
  'managing-own-reactions': [
    'frustrated frustration angry anger temper snap patience impatient irritated annoyed calm react',
    'defensive emotion upset raise voice sigh lose cool overreact panic outage incident nervous tone',
    'yell shout blow bark orders trigger',
  ].join(' '),
};
