import { Badge, Flex, Text } from '@radix-ui/themes';
import type { PromptVersion } from '../../shared/api';

interface VersionTimelineProps {
  /** Newest first, as the server lists them. */
  versions: readonly PromptVersion[];
  selected: number;
  onSelect: (number: number) => void;
}

/** The versions, newest first, each with its description, tags and date; one is shown in full. */
export function VersionTimeline({ versions, selected, onSelect }: VersionTimelineProps) {
  return (
    <nav aria-label="Versions">
      <ol className="timeline">
        {versions.map((version) => {
          const current = version.number === selected;
          return (
            <li key={version.number} className="timeline__item">
              <button
                type="button"
                className={current ? 'timeline__entry timeline__entry--current' : 'timeline__entry'}
                aria-current={current ? 'true' : undefined}
                aria-label={`Version ${version.number}${version.description ? `: ${version.description}` : ''}`}
                onClick={() => onSelect(version.number)}
              >
                <Flex align="center" gap="2" wrap="wrap">
                  <Text size="2" weight="bold">
                    Version {version.number}
                  </Text>
                  {version.tags.map((tag) => (
                    <Badge key={tag} size="1" variant="soft">
                      {tag}
                    </Badge>
                  ))}
                </Flex>
                <Text as="div" size="2" color={version.description ? undefined : 'gray'}>
                  {version.description || 'No description'}
                </Text>
                <Text as="div" size="1" color="gray">
                  {new Date(version.createdAt).toLocaleString()}
                </Text>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
