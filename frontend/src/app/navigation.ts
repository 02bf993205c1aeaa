export interface NavItem {
  readonly to: string;
  readonly label: string;
  /** Other paths (matched exactly) on which this item counts as the current page. */
  readonly alsoActiveOn?: readonly string[];
}

export interface NavSection {
  readonly heading?: string;
  readonly items: readonly NavItem[];
}

export const NAVIGATION: readonly NavSection[] = [
  {
    items: [
      { to: '/playground', label: 'Playground', alsoActiveOn: ['/'] },
      { to: '/prompts', label: 'Prompts' },
    ],
  },
  {
    heading: 'Settings',
    items: [
      { to: '/settings/providers', label: 'AI Providers' },
      { to: '/settings/custom-providers', label: 'Custom Providers' },
    ],
  },
];
