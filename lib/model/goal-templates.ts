import type { GoalInput } from './goal';

/** Common school–community partnership goals, so a new board is not empty-handed. */
export interface GoalTemplate {
  key: string;
  label: string;
  goal: Omit<GoalInput, 'createdBy' | 'column'>;
}

export const GOAL_TEMPLATES: readonly GoalTemplate[] = [
  {
    key: 'literacy',
    label: 'Literacy',
    goal: {
      title: 'More students reading at grade level',
      description:
        'Reading buddies and library partners support students below grade level. Measured with the spring reading assessment.',
      tags: ['literacy'],
      metric: {
        name: 'Students at grade level',
        unit: '%',
        baseline: 62,
        target: 75,
        direction: 'up',
      },
    },
  },
  {
    key: 'attendance',
    label: 'Attendance',
    goal: {
      title: 'Reduce chronic absenteeism',
      description:
        'Attendance mentors and family outreach for students missing 10% or more of school days.',
      tags: ['attendance'],
      metric: {
        name: 'Chronically absent students',
        unit: '%',
        baseline: 18,
        target: 12,
        direction: 'down',
      },
    },
  },
  {
    key: 'family-engagement',
    label: 'Family engagement',
    goal: {
      title: 'Families at school events',
      description: 'Family nights, workshops and conferences co-hosted with community partners.',
      tags: ['family engagement'],
      metric: {
        name: 'Families attending per term',
        unit: 'families',
        baseline: 40,
        target: 120,
        direction: 'up',
      },
    },
  },
  {
    key: 'volunteer-hours',
    label: 'Volunteer hours',
    goal: {
      title: 'Volunteer hours from partners',
      description: 'Hours given by partner volunteers in classrooms, tutoring and events.',
      tags: ['volunteering'],
      metric: {
        name: 'Volunteer hours this year',
        unit: 'hours',
        baseline: 0,
        target: 500,
        direction: 'up',
      },
    },
  },
  {
    key: 'mentoring',
    label: 'Mentoring',
    goal: {
      title: 'Every ninth grader has a mentor',
      description: 'Mentors from local businesses and colleges meet students at least monthly.',
      tags: ['mentoring'],
      metric: {
        name: 'Students matched with a mentor',
        unit: 'students',
        baseline: 0,
        target: 60,
        direction: 'up',
      },
    },
  },
  {
    key: 'funding',
    label: 'Funding raised',
    goal: {
      title: 'Raise funds for after-school programmes',
      description: 'Grants and sponsorship from partners for the after-school programme.',
      tags: ['funding'],
      metric: { name: 'Funds raised', unit: 'USD', baseline: 0, target: 25000, direction: 'up' },
    },
  },
];
