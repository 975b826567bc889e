import { choiceLabel } from '../../src/ui/choiceLabel';

describe('choiceLabel', () => {
  const labels = { Email: 'E-bost', 'In person': 'Wyneb yn wyneb' } as const;

  it('gives the label of a known stored value', () => {
    expect(choiceLabel(labels, 'In person')).toBe('Wyneb yn wyneb');
  });

  it('shows an unknown value (a fill-in choice) as stored', () => {
    expect(choiceLabel(labels, 'Ward champion for Llandaf')).toBe('Ward champion for Llandaf');
  });

  it('does not treat inherited object properties as labels', () => {
    expect(choiceLabel(labels, 'toString')).toBe('toString');
  });
});
