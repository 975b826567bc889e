import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'MemberProfilesWebPartStrings';
import { wardOrMemberTypeText } from './memberTypeText';
import type { IMember } from '../../../model/Member';
import { focusRing, minimumTarget } from '../../../ui/styles';
import type { IDirectoryRecords } from './useDirectoryRecords';
import type { DirectorySort } from './directoryUrlState';
import { cabinetRoleText } from './cabinetRoleText';
import { ThemedPartyLabel } from './PartyLabel';
import { ThemedProfileLink } from './ProfileLink';

export interface IMemberTableProps {
  members: readonly IMember[];
  lookups: IDirectoryRecords;
  sort: DirectorySort;
  caption: string;
  profileHref: (memberId: number) => string;
  onOpenProfile: (memberId: number) => void;
}

/** The compact layout: a plain table, so screen readers announce rows and headers for free. */
export function MemberTable(props: IMemberTableProps): JSX.Element {
  const theme = useTheme();
  const classes = React.useMemo(
    () =>
      mergeStyleSets({
        table: { width: '100%', borderCollapse: 'collapse' },
        caption: { textAlign: 'left', fontWeight: 600, padding: '4px 0' },
        cell: { textAlign: 'left', padding: '6px 8px', borderBottom: `1px solid ${theme.palette.neutralLight}`, verticalAlign: 'top' },
        link: { ...minimumTarget, ...focusRing(theme), display: 'inline-block' }
      }),
    [theme]
  );
  const sortedBy = (column: DirectorySort): 'ascending' | undefined => (props.sort === column ? 'ascending' : undefined);
  return (
    <table className={classes.table}>
      <caption className={classes.caption}>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={classes.cell} aria-sort={sortedBy('surname')}>
            {strings.ColumnName}
          </th>
          <th scope="col" className={classes.cell} aria-sort={sortedBy('party')}>
            {strings.ColumnParty}
          </th>
          <th scope="col" className={classes.cell} aria-sort={sortedBy('ward')}>
            {strings.ColumnWard}
          </th>
          <th scope="col" className={classes.cell}>
            {strings.ColumnRole}
          </th>
        </tr>
      </thead>
      <tbody>
        {props.members.map((member) => (
          <tr key={member.id}>
            <th scope="row" className={classes.cell}>
              <ThemedProfileLink className={classes.link} member={member} href={props.profileHref(member.id)} onOpen={props.onOpenProfile} theme={theme} />
            </th>
            <td className={classes.cell}>
              <ThemedPartyLabel party={props.lookups.party(member.partyId)} fallback={strings.NoParty} theme={theme} />
            </td>
            <td className={classes.cell}>{wardOrMemberTypeText(member, props.lookups.ward(member.wardId))}</td>
            <td className={classes.cell}>{cabinetRoleText(member)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
