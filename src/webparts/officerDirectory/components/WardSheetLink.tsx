import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'OfficerDirectoryWebPartStrings';
import { richTextLink } from '../../../ui/richTextLink';
import { minimumTarget } from '../../../ui/styles';

/** "Ward contact sheet": councillors and officers for a ward, one page away. */
export function WardSheetLink(props: { readonly href: string }): JSX.Element {
  const theme = useTheme();
  const classes = React.useMemo(
    () => mergeStyleSets({ paragraph: { margin: 0 }, link: { ...richTextLink(theme), ...minimumTarget, display: 'inline-block', lineHeight: '24px' } }),
    [theme]
  );
  return (
    <p className={classes.paragraph}>
      <Link className={classes.link} href={props.href}>
        {strings.WardSheetLink}
      </Link>
    </p>
  );
}
