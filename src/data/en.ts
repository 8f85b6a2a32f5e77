/**
 * English dataset: a faithful translation of the Vietnamese one (./vi.ts), part
 * for part and id for id; a test keeps the two the same shape.
 */
import type {
  Advice,
  ComparisonData,
  CompareStrings,
  ContactData,
  ContactStrings,
  Definition,
  IndustryUnits,
  Role,
  RoleId,
  RoleStrings,
  SpecificIndustry,
} from './types.js';

export const definition: Definition = {
  title: 'What is the front office?',
  summary: 'In a business, it is the department that deals with customers most, and face to face.',
  short: 'The front office is the department that works in the lobby, or wherever the business meets its customers directly.',
  banking: 'In banking, the front office includes departments such as reception and customer transactions.',
  hospitality:
    'In restaurants and hotels, the front office, or lobby department, welcomes guests and helps them with the formalities that come up while they use the services there.',
};

export const comparison: ComparisonData = {
  caption: 'How the front office and the back office differ',
  front: 'Front office',
  back: 'Back office',
  criteria: [
    {
      id: 'interaction',
      label: 'Customer interaction',
      front:
        'Staff deal with customers directly: they take in customers’ requests, provide services and manage the customer relationship.',
      back: 'Staff do not deal with customers directly. They help the front office run, from behind the scenes.',
    },
    {
      id: 'focus',
      label: 'Focus',
      front: 'Generating revenue and a positive customer experience.',
      back: 'Supporting the front office’s operations and controlling the organisation’s activities.',
    },
    {
      id: 'responsibilities',
      label: 'Responsibilities',
      front:
        'Sales, customer support, customer relationship management and reception. Beyond professional skills, these positions require candidates to communicate well and connect with people.',
      back: 'Departments such as accounting, information technology and facilities management. These positions ask more of the candidate’s professional skills.',
    },
    {
      id: 'visibility',
      label: 'Visibility',
      front: 'Seen as the face of the business; it plays a key role in shaping how customers perceive it.',
      back: 'Customers cannot see it directly; it plays a key role in the business’s internal operations.',
    },
  ],
};

export const roles: Record<RoleId, Role> = {
  receptionist: {
    id: 'receptionist',
    title: 'Reception',
    summary: 'The first department that customers and partners meet in person.',
    duties: ['Welcome customers and partners', 'Help customers with basic issues'],
    variants: {
      banking: {
        duties: [
          'Welcome customers',
          'Identify what customers need',
          'Show customers how to take a queue number',
          'Seat customers',
          'Answer the phone',
          'Help pass on the documents and papers needed within the bank',
        ],
      },
      hospitality: {
        duties: ['Welcome guests', 'Help guests with the formalities that come up while they use the services'],
      },
    },
  },
  'customer-relations': {
    id: 'customer-relations',
    title: 'Customer relations',
    summary:
      'This department manages the relationship with customers and makes sure they have a positive experience with the company’s services and products.',
    duties: [
      'Manage the relationship with customers',
      'Ensure a positive customer experience with the company’s services and products',
    ],
    otherNames: ['Customer service', 'Customer support'],
  },
  sales: {
    id: 'sales',
    title: 'Sales',
    summary: 'Sales positions find customers, negotiate with them and persuade them to use the company’s services and products.',
    duties: ['Find customers', 'Negotiate with customers', 'Persuade customers to use the company’s services and products'],
    positions: [
      'Market development specialist',
      'Sales specialist',
      'Telesales',
      'Salesperson',
      'Bank teller',
    ],
  },
};

export const industries: Record<SpecificIndustry, IndustryUnits> = {
  banking: { name: 'Banking', units: ['Credit department'] },
  hospitality: { name: 'Hotels and restaurants', units: ['Cashier', 'Office services'] },
};

/** Section 4's skills and note, which `<role-card>` shows: exports of their own, so its bundle leaves the requirement sentences out. */
export const frontSkills: string[] = ['Professional expertise', 'Communication', 'Persuasion', 'Connecting with people'];
export const frontSkillsNote: string = 'Some positions also have requirements on appearance.';

export const advice: Advice = {
  front: {
    requirement:
      'Besides professional expertise, front office positions require candidates to have good social skills.',
    skills: frontSkills,
    note: frontSkillsNote,
  },
  back: {
    requirement:
      'Back office positions ask more of professional skills; social skills still count when choosing candidates, but less than in the front office.',
  },
};

export const contact: ContactData = {
  institute: 'Masterskills Skills Training Institute',
  phone: '0903966729',
  zalo: '0903966729',
  label: 'Chat with us on Zalo',
};

export const compareStrings: CompareStrings = {
  recommended: 'Recommended',
  criterion: 'Criterion',
};

export const roleStrings: RoleStrings = {
  duties: 'Duties',
  dutiesIn: 'Duties ({industry})',
  positions: 'Positions',
  otherNames: 'Also called',
  skills: 'Skills needed',
  units: '{industry}: additional front office units',
};

export const contactStrings: ContactStrings = {
  zalo: 'Chat on Zalo',
  phone: 'Call {number}',
  messenger: 'Message on Messenger',
  email: 'Email {address}',
  copy: 'Copy number',
  copied: 'Copied {number}',
  copyFailed: 'Could not copy. The number is {number}',
  closed: 'Outside office hours',
  hours: 'Office hours: {hours}, {days}',
  allDay: 'all day',
  everyDay: 'every day',
  weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};
