import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { getId } from '@fluentui/react/lib/Utilities';
import * as strings from 'EnquiryReportWebPartStrings';
import { formatNumber } from '../../../ui/formatNumber';
import { formatText } from '../../../ui/formatText';
import type { ReportGrouping } from '../../../model/enquiries/enquiryReportGrouping';
import type { IGroupFigures } from './groupFigures';
import { GROUPING_LABELS, groupName } from './groupLabels';

const WIDTH = 640;
const ROW = 64;
const BAR_TOP = 24;
const BAR_HEIGHT = 18;
const FORCED = '@media (forced-colors: active)';

/** What each bar's segments and the legend's swatches look like: a fill or pattern, never colour alone. */
type Segment = 'onTime' | 'late' | 'pending';

export interface IGroupChartProps {
  readonly grouping: ReportGrouping;
  readonly groups: readonly IGroupFigures[];
}

/**
 * Stacked bars, one per group (a row of the table): responded within target (solid), late (striped), not yet due (outline),
 * each bar's numbers written under it. The table above is the text alternative; the SVG is one image whose
 * description says so. Colours come from the theme (themePrimary and neutralPrimary both meet 3:1 against
 * the page in the light and dark themes) and give way to system colours in forced-colours mode.
 */
export function GroupChart(props: IGroupChartProps): JSX.Element | null {
  const theme = useTheme();
  const ids = React.useMemo(() => ({ stripes: getId('enquiry-chart-stripes'), description: getId('enquiry-chart-description'), heading: getId('enquiry-chart-heading') }), []);
  const ink = theme.palette.neutralPrimary;
  const classes = React.useMemo(
    () =>
      mergeStyleSets({
        figure: { margin: 0, display: 'grid', gap: 8 },
        heading: { margin: 0, fontSize: 18, fontWeight: 600 },
        description: { margin: 0 },
        svg: { width: '100%', maxWidth: WIDTH, height: 'auto', overflow: 'visible' },
        text: { fill: theme.semanticColors.bodyText, fontSize: 14, selectors: { [FORCED]: { fill: 'CanvasText' } } },
        onTime: { fill: theme.palette.themePrimary, stroke: ink, strokeWidth: 1, selectors: { [FORCED]: { fill: 'CanvasText', stroke: 'CanvasText' } } },
        late: { fill: `url(#${ids.stripes})`, stroke: ink, strokeWidth: 1, selectors: { [FORCED]: { stroke: 'CanvasText' } } },
        stripe: { stroke: ink, strokeWidth: 3, selectors: { [FORCED]: { stroke: 'CanvasText' } } },
        pending: { fill: theme.semanticColors.bodyBackground, stroke: ink, strokeWidth: 1.5, selectors: { [FORCED]: { fill: 'Canvas', stroke: 'CanvasText' } } },
        legend: { display: 'flex', flexWrap: 'wrap', gap: '4px 20px', listStyle: 'none', margin: 0, padding: 0 },
        legendItem: { display: 'inline-flex', alignItems: 'center', gap: 6 }
      }),
    [theme, ink, ids.stripes]
  );
  const largest = Math.max(1, ...props.groups.map((figures) => figures.received));
  const scale = (WIDTH - 2) / largest;
  const height = props.groups.length * ROW;
  const segmentClass: Readonly<Record<Segment, string>> = { onTime: classes.onTime, late: classes.late, pending: classes.pending };

  const swatch = (segment: Segment): JSX.Element => (
    <svg width={28} height={16} aria-hidden="true" focusable="false">
      <rect x={1} y={1} width={26} height={14} className={segmentClass[segment]} />
    </svg>
  );

  return (
    <figure className={classes.figure} aria-labelledby={ids.heading}>
      <h3 id={ids.heading} className={classes.heading}>
        {GROUPING_LABELS[props.grouping].chartHeading}
      </h3>
      <p id={ids.description} className={classes.description}>
        {strings.ChartDescription}
      </p>
      <ul className={classes.legend} aria-hidden="true">
        {(['onTime', 'late', 'pending'] as const).map((segment) => (
          <li key={segment} className={classes.legendItem}>
            {swatch(segment)}
            {segment === 'onTime' ? strings.LegendOnTime : segment === 'late' ? strings.LegendLate : strings.LegendPending}
          </li>
        ))}
      </ul>
      <svg className={classes.svg} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={ids.heading} aria-describedby={ids.description} focusable="false">
        <defs>
          {/* Shared by the bars and the legend (an id is global to the page). */}
          <pattern id={ids.stripes} width={8} height={8} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line x1={0} y1={0} x2={0} y2={8} className={classes.stripe} />
          </pattern>
        </defs>
        {props.groups.map((figures, index) => {
          const top = index * ROW;
          const segments: [Segment, number][] = [
            ['onTime', figures.response.onTime],
            ['late', figures.response.late],
            ['pending', figures.response.pending]
          ];
          let x = 1;
          return (
            <g key={figures.key}>
              <text x={0} y={top + 16} className={classes.text} fontWeight={600}>
                {groupName(props.grouping, figures.key)}
              </text>
              {segments.map(([segment, count]) => {
                const width = count * scale;
                const rect = count > 0 ? <rect key={segment} data-segment={segment} x={x} y={top + BAR_TOP} width={width} height={BAR_HEIGHT} className={segmentClass[segment]} /> : null;
                x += width;
                return rect;
              })}
              <text x={0} y={top + BAR_TOP + BAR_HEIGHT + 18} className={classes.text}>
                {formatText(strings.ChartBarLabel, formatNumber(figures.response.onTime), formatNumber(figures.response.late), formatNumber(figures.response.pending))}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
