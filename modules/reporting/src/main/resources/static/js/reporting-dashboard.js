// The statistics dashboard: draws each table's chart with Apache ECharts from the figures in its data-chart
// attribute, and shows another year or region as soon as one is chosen. No inline script anywhere: the content
// security policy forbids it. Tooltips are drawn on the canvas (renderMode richText): HTML tooltips would carry style
// attributes, which the policy refuses too.
(() => {
  'use strict';

  const tooltip = (trigger) => ({ trigger, renderMode: 'richText', confine: true });

  // Every category named; slanted only where the names would not fit side by side.
  function categoryAxis(categories, width) {
    const room = Math.max(40, width / Math.max(1, categories.length) - 12);
    const longest = Math.max(0, ...categories.map((c) => c.length));
    // A Chinese character takes about 13 px at the axis' size, a Latin letter about 7.
    const needed = Math.max(...categories.map((c) => Array.from(c).reduce((w, ch) => w + (ch > '\u2e80' ? 13 : 7), 0)), 0);
    const slant = needed > room;
    return {
      type: 'category',
      data: categories,
      axisTick: { alignWithLabel: true },
      axisLabel: { interval: 0, rotate: slant ? 30 : 0, width: slant ? Math.min(130, 8 * longest + 20) : room,
        overflow: 'truncate' }
    };
  }

  function pieOption(spec) {
    const values = spec.series.length ? spec.series[0].data : [];
    return {
      tooltip: tooltip('item'),
      legend: { bottom: 0, type: 'scroll' },
      series: [{
        type: 'pie',
        name: spec.title,
        radius: ['38%', '66%'],
        center: ['50%', '45%'],
        avoidLabelOverlap: true,
        label: { formatter: '{b}: {c}' },
        data: spec.categories.map((name, i) => ({ name, value: values[i] }))
          .filter((item) => Number(item.value) > 0)
      }]
    };
  }

  function barOption(spec, width) {
    const stacked = spec.type === 'stacked';
    const hasSecondary = spec.secondary && spec.secondary.length > 0;
    const axisName = { nameGap: 12, nameTextStyle: { color: '#7a8796' } };
    const yAxis = [{ type: 'value', name: spec.unit || '', minInterval: 1, ...axisName }];
    if (hasSecondary) {
      yAxis.push({ type: 'value', name: spec.secondaryUnit || '', minInterval: 1, splitLine: { show: false },
        ...axisName });
    }
    const series = spec.series.map((s) => ({
      type: 'bar',
      name: s.name,
      data: s.data,
      stack: stacked ? 'all' : undefined,
      barMaxWidth: 36,
      emphasis: { focus: 'series' }
    })).concat((spec.secondary || []).map((s) => ({
      type: 'line',
      name: s.name,
      data: s.data,
      yAxisIndex: 1,
      symbolSize: 7
    })));
    return {
      color: spec.colors || undefined,
      tooltip: tooltip('axis'),
      legend: { top: 0, type: 'scroll' },
      // Room between the legend and the axes' names (万元, 人) above the plot.
      grid: { left: 8, right: 8, top: 62, bottom: 4, containLabel: true },
      xAxis: categoryAxis(spec.categories, width),
      yAxis,
      series
    };
  }

  function draw(element) {
    const spec = JSON.parse(element.dataset.chart);
    const chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption(spec.type === 'pie' ? pieOption(spec) : barOption(spec, element.clientWidth));
    element.dataset.drawn = 'true';
    return chart;
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('select[data-autosubmit]').forEach((select) => {
      select.addEventListener('change', () => select.form.submit());
    });
    if (typeof echarts === 'undefined') {
      return; // the tables below the charts still carry every figure
    }
    const charts = Array.from(document.querySelectorAll('[data-chart]')).map(draw);
    window.addEventListener('resize', () => charts.forEach((chart) => chart.resize()));
  });
})();
