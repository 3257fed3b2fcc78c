import {
  Badge,
  Body1,
  Caption1,
  Subtitle2,
  Text,
  Title2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import { builtInGrids } from "../referentials";

/** What the pane needs to know of a built-in grid to list it. */
export interface GridSummary {
  readonly id: string;
  readonly title: string;
  readonly diploma: string;
  readonly epreuve: string | undefined;
}

/** The built-in grids, in the order they are shipped, or the error that kept them from compiling. */
export function listBuiltInGrids(): { grids: GridSummary[]; error?: string } {
  try {
    const grids = [...builtInGrids()].map(([id, compiled]) => ({
      id,
      title: compiled.grid.title,
      diploma: compiled.grid.diploma,
      epreuve: compiled.grid.epreuve?.code,
    }));
    return { grids };
  } catch (error) {
    return { grids: [], error: error instanceof Error ? error.message : String(error) };
  }
}

/** « Excel », « Word », or « un navigateur » outside Office. */
export function hostLabel(host: string | null | undefined): string {
  if (host === "Excel" || host === "Word") return host;
  return host ? host : "un navigateur";
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  },
  header: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  itemTitle: {
    display: "flex",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
  },
  diploma: {
    color: tokens.colorNeutralForeground3,
  },
  error: {
    color: tokens.colorPaletteRedForeground1,
  },
});

export interface AppProps {
  /** Office's host ("Excel", "Word"), or null outside Office. */
  readonly host: string | null;
}

export function App({ host }: AppProps) {
  const styles = useStyles();
  const { grids, error } = useMemo(listBuiltInGrids, []);

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <img src="assets/icon-32.png" srcSet="assets/icon-32.png 1x, assets/icon-64.png 2x" width={32} height={32} alt="" />
        <Title2 as="h1">Grille</Title2>
      </header>
      <Body1>
        Reconnaître, vérifier et noter les grilles d&apos;évaluation. Ouvert dans {hostLabel(host)}.
      </Body1>
      <Subtitle2 as="h2">Grilles intégrées ({grids.length})</Subtitle2>
      {error !== undefined ? (
        <Text className={styles.error} role="alert">
          Les grilles intégrées n&apos;ont pas pu être chargées : {error}
        </Text>
      ) : (
        <ul className={styles.list} aria-label="Grilles intégrées">
          {grids.map((grid) => (
            <li key={grid.id} className={styles.item}>
              <span className={styles.itemTitle}>
                {grid.epreuve !== undefined && (
                  <Badge appearance="tint" shape="rounded">
                    {grid.epreuve}
                  </Badge>
                )}
                <Text weight="semibold">{grid.title}</Text>
              </span>
              <Caption1 className={styles.diploma}>{grid.diploma}</Caption1>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
