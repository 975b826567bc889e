import { suggestEnquiryService } from '../../../src/model/enquiries/suggestEnquiryService';

const services = [
  { id: 1, name: 'Highways', keywords: ['pothole', 'street light', 'road', 'drain'] },
  { id: 2, name: 'Planning and Development', keywords: ['planning application', 'planning', 'building control'] },
  { id: 3, name: 'Waste and Recycling', keywords: ['bins', 'fly-tipping', 'recycling'] }
];

describe('suggestEnquiryService', () => {
  it('suggests the service whose keyword the enquiry mentions, saying which', () => {
    expect(suggestEnquiryService('Potholes outside the school', services)).toEqual({ serviceId: 1, matched: 'pothole' });
    expect(suggestEnquiryService('Missed bins and recycling on the estate', services)?.serviceId).toBe(3);
  });

  it('prefers the longer phrase: "planning application" over the one word "road"', () => {
    expect(suggestEnquiryService('Progress of the depot planning application on Quarry Road', services)).toEqual({
      serviceId: 2,
      matched: 'planning application'
    });
  });

  it('matches a keyword written with other punctuation or case, and the service name', () => {
    expect(suggestEnquiryService('FLY TIPPING in the lay-by', services)?.serviceId).toBe(3);
    expect(suggestEnquiryService('A question for highways', services)).toEqual({ serviceId: 1, matched: 'Highways' });
  });

  it('suggests nothing when nothing matches, and never matches part of a short word', () => {
    expect(suggestEnquiryService('Council tax bill query', services)).toBeUndefined();
    expect(suggestEnquiryService('', services)).toBeUndefined();
    expect(suggestEnquiryService('roadside verge', [{ id: 9, name: 'Parks', keywords: ['roa'] }])).toBeUndefined();
  });
});
