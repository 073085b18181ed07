declare module 'virtual:blason/brand' {
  const data: import('../../.storybook/brand-data.js').BrandData;
  export default data;
}
