/*
 * The city dashboard. Everything it shows comes from the gateway's city API (/api/city/...), answered from the
 * gateway's own view; alerts and the city AQI arrive live over /api/city/stream. No other host is ever contacted.
 */
(function () {
  'use strict';

  var ZONE = 'Asia/Shanghai';
  var REFRESH_MS = 60000;
  var REQUEST_TIMEOUT_MS = 8000;

  var TEXT = {
    zh: {
      title: '生态环境态势', wholeCity: '全市', townLabel: '镇街', beijingTime: '北京时间', connecting: '连接中…',
      live: '实时', reconnecting: '重连中…', offline: '离线', skipToAlerts: '跳到告警列表',
      freshnessAria: '各领域数据时效', tilesAria: '核心指标',
      unreachableTitle: '无法连接网关',
      unreachableDetail: '页面每隔几秒自动重试。显示的数据停留在 {time}。',
      unreachableNever: '页面每隔几秒自动重试，尚未取得任何数据。',
      mapTitle: '站点与断面分布', dailyTitle: '近30天每日AQI', monthlyTitle: 'PM2.5月均浓度同比',
      waterTitle: '断面水质类别与目标', scorecardTitle: '目标考核进度', alertsTitle: '实时告警', ackBy: '确认人', ackToken: '确认令牌',
      noAlerts: '暂无活动告警', noTargets: '尚无目标进度', footer: '数据来自网关的城市视图 /api/city；时间均为北京时间。',
      colIndicator: '指标', colValue: '当前值', colTarget: '目标', colStatus: '状态', colAllowance: '剩余空间',
      colWeek: '周', colMonth: '月', colQuarter: '季',
      aqiNow: '实时AQI', aqiToday: '今日AQI', pm25: 'PM2.5 年累计', composite: '综合指数', goodDays: '优良天数比例',
      waterGood: '水质优良比例', waterMeeting: '断面达标', manifests: '危废联单',
      open: '在途', overdue: '逾期', target: '目标', primary: '首要污染物', hoursReported: '已报 {n} 小时',
      dailyPending: '日报未发布，小时最高 {aqi}', noData: '暂无数据', stale: '数据延迟', yoyBetter: '同比改善',
      yoyWorse: '同比变差', yoyFlat: '同比持平', points: '个百分点', asOf: '截至 {day}', updated: '更新于 {time}',
      lastEvent: '最近 {time}', neverHeard: '尚无数据', staleReason_NO_EVENT_YET: '尚无事件',
      staleReason_NO_EVENT_WITHIN_CADENCE: '超过预期周期无新数据', staleReason_SERVICE_UNREACHABLE: '服务不可达',
      domain_air: '空气', domain_water: '水', domain_waste: '固废',
      status_ON_TRACK: '达标', status_AT_RISK: '有风险', status_OFF_TRACK: '未达标', status_NOT_ASSESSABLE: '不可评估',
      pace_ON_PACE: '进度达标', pace_BEHIND_PACE: '进度落后', pace_NO_DATA: '无数据',
      severity_CRITICAL: '严重', severity_WARNING: '警告', severity_INFO: '提示',
      acknowledge: '确认', acknowledged: '已确认 · {by}', ackNeedsName: '请先填写确认人',
      ackNeedsToken: '确认告警需要具有 alerts:acknowledge 角色的有效令牌', ackFailed: '确认失败：{detail}',
      stations: '空气站点', sections: '水质断面', longitude: '经度', latitude: '纬度', mapNote: '圆点为空气站点（按当前AQI级别着色），菱形为水质断面（按今年水质类别着色）；坐标为经纬度，无底图。',
      thisYear: '{year}年', lastYear: '{year}年', monthLabel: '{m}月', classAxis: '水质类别', targetClass: '目标类别',
      yearClass: '今年类别', latestClass: '最近一次', noSections: '暂无断面', aqiAxis: 'AQI',
      scopeCity: '全市', scopeTown: '镇街', scopeSection: '断面', summary: '达标 {on} · 风险 {risk} · 未达标 {off}',
      townRank: '综合指数排名第 {rank}', switchLang: 'Switch to English', langButton: 'English'
    },
    en: {
      title: 'City environment', wholeCity: 'Whole city', townLabel: 'Town', beijingTime: 'Beijing time',
      connecting: 'Connecting…', live: 'Live', reconnecting: 'Reconnecting…', offline: 'Offline',
      skipToAlerts: 'Skip to the alerts', freshnessAria: 'How fresh each domain\'s data is', tilesAria: 'Headline figures',
      unreachableTitle: 'The gateway cannot be reached.',
      unreachableDetail: 'The page retries every few seconds. The figures shown are as of {time}.',
      unreachableNever: 'The page retries every few seconds; no figures have been received yet.',
      mapTitle: 'Stations and sections', dailyTitle: 'Daily AQI, last 30 days', monthlyTitle: 'Monthly PM2.5, year on year',
      waterTitle: 'Water class by section against target', scorecardTitle: 'Targets', alertsTitle: 'Live alerts',
      ackBy: 'Acknowledged by', ackToken: 'Access token', noAlerts: 'No active alerts', noTargets: 'No target progress yet',
      footer: 'From the gateway\'s city view, /api/city; all times are Beijing time.',
      colIndicator: 'Indicator', colValue: 'Value', colTarget: 'Target', colStatus: 'Status',
      colAllowance: 'Allowance left', colWeek: 'Week', colMonth: 'Month', colQuarter: 'Quarter',
      aqiNow: 'AQI now', aqiToday: 'AQI today', pm25: 'PM2.5 year to date', composite: 'Composite index',
      goodDays: 'Good-day ratio', waterGood: 'Water good share', waterMeeting: 'Sections meeting target',
      manifests: 'Hazardous-waste manifests', open: 'open', overdue: 'overdue', target: 'target',
      primary: 'Primary pollutant', hoursReported: '{n} hours reported', dailyPending: 'No daily report yet; highest hour {aqi}',
      noData: 'No data', stale: 'Data late', yoyBetter: 'better than last year', yoyWorse: 'worse than last year',
      yoyFlat: 'same as last year', points: 'points', asOf: 'as of {day}', updated: 'Updated {time}',
      lastEvent: 'last {time}', neverHeard: 'no data yet', staleReason_NO_EVENT_YET: 'no event yet',
      staleReason_NO_EVENT_WITHIN_CADENCE: 'nothing new within its cadence',
      staleReason_SERVICE_UNREACHABLE: 'service unreachable',
      domain_air: 'Air', domain_water: 'Water', domain_waste: 'Waste',
      status_ON_TRACK: 'On track', status_AT_RISK: 'At risk', status_OFF_TRACK: 'Off track',
      status_NOT_ASSESSABLE: 'Not assessable', pace_ON_PACE: 'On pace', pace_BEHIND_PACE: 'Behind pace', pace_NO_DATA: 'No data',
      severity_CRITICAL: 'Critical', severity_WARNING: 'Warning', severity_INFO: 'Info',
      acknowledge: 'Acknowledge', acknowledged: 'Acknowledged · {by}', ackNeedsName: 'Enter who acknowledges first',
      ackNeedsToken: 'Acknowledging needs a valid token with the alerts:acknowledge role',
      ackFailed: 'Acknowledgement failed: {detail}',
      stations: 'Air stations', sections: 'Water sections', longitude: 'Longitude', latitude: 'Latitude',
      mapNote: 'Dots are air stations (coloured by their current AQI level), diamonds are water sections (coloured by this year\'s class); plain longitude and latitude, no base map.',
      thisYear: '{year}', lastYear: '{year}', monthLabel: '{m}', classAxis: 'Water class', targetClass: 'Target class',
      yearClass: 'Class this year', latestClass: 'Latest sample', noSections: 'No sections', aqiAxis: 'AQI',
      scopeCity: 'City', scopeTown: 'Town', scopeSection: 'Section', summary: 'on track {on} · at risk {risk} · off track {off}',
      townRank: 'Rank {rank} by composite index', switchLang: '切换到中文', langButton: '中文'
    }
  };

  var MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  var POLLUTANTS = { so2: 'SO₂', no2: 'NO₂', pm10: 'PM10', pm25: 'PM2.5', co: 'CO', o3: 'O₃' };
  var WASTE_NAMES = {
    INDUSTRIAL_SOLID_WASTE_UTILISATION_RATE: ['一般工业固废综合利用率', 'Industrial solid waste utilisation'],
    HOUSEHOLD_WASTE_HARMLESS_TREATMENT_RATE: ['生活垃圾无害化处理率', 'Household waste harmless treatment'],
    HOUSEHOLD_WASTE_RECYCLING_RATE: ['生活垃圾回收利用率', 'Household waste recycling'],
    CONSTRUCTION_WASTE_RESOURCE_UTILISATION_RATE: ['建筑垃圾资源化利用率', 'Construction waste utilisation'],
    HAZARDOUS_WASTE_UTILISATION_DISPOSAL_RATE: ['危险废物利用处置率', 'Hazardous waste utilisation and disposal']
  };
  /* GB 3838 classes with the colours the national water quality maps use. */
  var WATER_CLASSES = ['I', 'II', 'III', 'IV', 'V', 'WORSE_THAN_V'];
  var WATER_LABELS = { I: 'Ⅰ', II: 'Ⅱ', III: 'Ⅲ', IV: 'Ⅳ', V: 'Ⅴ', WORSE_THAN_V: '劣Ⅴ' };
  var WATER_COLOURS = { I: '#CCFFFF', II: '#00CCFF', III: '#00FF00', IV: '#FFFF00', V: '#FF9B00', WORSE_THAN_V: '#FF0000' };
  var NO_DATA_COLOUR = '#7d8aa0';

  var state = {
    lang: 'zh',
    town: '',
    overview: null,
    townView: null,
    charts: null,
    scorecard: null,
    alerts: new Map(),
    lastSuccess: null,
    reachable: null,
    stream: null,
    charts_: {},
    refreshTimer: null,
    debounce: {}
  };

  // ---------------------------------------------------------------- helpers

  function t(key, values) {
    var text = (TEXT[state.lang] && TEXT[state.lang][key]) || TEXT.zh[key] || key;
    if (values) {
      Object.keys(values).forEach(function (name) { text = text.split('{' + name + '}').join(String(values[name])); });
    }
    return text;
  }

  function el(tag, attributes) {
    var node = document.createElement(tag);
    if (attributes) {
      Object.keys(attributes).forEach(function (name) {
        var value = attributes[name];
        if (value === null || value === undefined || value === false) { return; }
        if (name === 'text') { node.textContent = value; } else if (name === 'className') { node.className = value; } else { node.setAttribute(name, value === true ? '' : value); }
      });
    }
    for (var i = 2; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined || child === false) { continue; }
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }

  function isNumber(value) { return typeof value === 'number' && isFinite(value); }

  /* Numbers are shown as the gateway states them (the services round them as the standards say). */
  function num(value) { return isNumber(value) ? String(value) : '—'; }

  function beijing(isoOrDate, withSeconds) {
    if (!isoOrDate) { return '—'; }
    var date = isoOrDate instanceof Date ? isoOrDate : new Date(isoOrDate);
    if (isNaN(date.getTime())) { return String(isoOrDate); }
    var parts = new Intl.DateTimeFormat('en-GB', {
      timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
      second: withSeconds ? '2-digit' : undefined, hourCycle: 'h23'
    }).formatToParts(date).reduce(function (all, part) { all[part.type] = part.value; return all; }, {});
    return parts.year + '-' + parts.month + '-' + parts.day + ' ' + parts.hour + ':' + parts.minute
      + (withSeconds ? ':' + parts.second : '');
  }

  /* Without the year when it is this (Beijing) year. */
  function shortTime(iso) {
    var full = beijing(iso);
    return full.length > 11 && full.slice(0, 4) === beijing(new Date()).slice(0, 4) ? full.slice(5) : full;
  }

  function pollutants(list) {
    return (list || []).map(function (code) { return POLLUTANTS[code] || code; }).join('、');
  }

  /* Black or white text, whichever reads better on the level's colour (WCAG relative luminance). */
  function textOn(hex) {
    var m = /^#?([0-9a-f]{6})$/i.exec(hex || '');
    if (!m) { return '#ffffff'; }
    var rgb = [0, 2, 4].map(function (i) {
      var c = parseInt(m[1].substr(i, 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    var luminance = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    return luminance > 0.179 ? '#000000' : '#ffffff';
  }

  function waterLabel(code) { return code ? (WATER_LABELS[code] || code) + (state.lang === 'zh' ? '类' : '') : '—'; }

  // ---------------------------------------------------------------- API

  function api(path, options) {
    var controller = new AbortController();
    var timer = setTimeout(function () { controller.abort(); }, REQUEST_TIMEOUT_MS);
    var init = Object.assign({ headers: { Accept: 'application/json' }, signal: controller.signal }, options || {});
    return fetch(path, init).then(function (response) {
      clearTimeout(timer);
      if (response.status >= 500 && response.status !== 503) {
        throw networkError('HTTP ' + response.status);
      }
      if (!response.ok) {
        return response.text().then(function (body) {
          var error = new Error(problemDetail(body) || ('HTTP ' + response.status));
          error.status = response.status;
          throw error;
        });
      }
      return response.json();
    }, function (failure) {
      clearTimeout(timer);
      throw networkError(failure && failure.message);
    });
  }

  function networkError(message) {
    var error = new Error(message || 'network');
    error.unreachable = true;
    return error;
  }

  function problemDetail(body) {
    try { var problem = JSON.parse(body); return problem.detail || problem.title; } catch (e) { return null; }
  }

  function reachable() {
    state.reachable = true;
    state.lastSuccess = new Date();
    document.body.classList.remove('offline');
    document.getElementById('unreachable').hidden = true;
    document.getElementById('updated').textContent = t('updated', { time: beijing(state.lastSuccess, true) });
  }

  function unreachable() {
    state.reachable = false;
    document.body.classList.add('offline');
    var banner = document.getElementById('unreachable');
    document.getElementById('unreachable-detail').textContent = state.lastSuccess
      ? t('unreachableDetail', { time: beijing(state.lastSuccess, true) }) : t('unreachableNever');
    banner.hidden = false;
    setConnection('offline');
    scheduleRefresh(5000);
  }

  // ---------------------------------------------------------------- loading

  function refreshAll() {
    var town = state.town;
    var requests = [
      api('api/city/overview'),
      town ? api('api/city/towns/' + encodeURIComponent(town)) : Promise.resolve(null),
      api('api/city/charts' + (town ? '?town=' + encodeURIComponent(town) : '')),
      town ? Promise.resolve(null) : api('api/city/scorecard'),
      api('api/city/alerts?state=RAISED&limit=200'),
      api('api/city/towns')
    ];
    return Promise.all(requests).then(function (answers) {
      if (town !== state.town) { return; } // the selector moved on meanwhile
      state.overview = answers[0];
      state.townView = answers[1];
      state.charts = answers[2];
      state.scorecard = answers[3];
      state.alerts = new Map();
      (answers[4].items || []).forEach(function (alert) { state.alerts.set(alert.alertId, alert); });
      fillTowns(answers[5]);
      reachable();
      renderAll();
      document.getElementById('dashboard').setAttribute('aria-busy', 'false');
      document.body.setAttribute('data-loaded', 'true');
      scheduleRefresh(REFRESH_MS);
    }, function (error) {
      if (error.unreachable) {
        unreachable();
      } else if (error.status === 404 && town) {
        selectTown(''); // the town is gone from the view
      } else {
        scheduleRefresh(REFRESH_MS);
        console.warn('dashboard: ' + error.message);
      }
    });
  }

  function scheduleRefresh(delay) {
    clearTimeout(state.refreshTimer);
    state.refreshTimer = setTimeout(refreshAll, delay);
  }

  function later(name, delay, action) {
    clearTimeout(state.debounce[name]);
    state.debounce[name] = setTimeout(action, delay);
  }

  function fillTowns(ranking) {
    var select = document.getElementById('town-select');
    var towns = (ranking && ranking.towns || []).map(function (town) { return town.town; })
      .sort(function (a, b) { return a.localeCompare(b, 'zh-CN'); });
    var existing = Array.prototype.slice.call(select.options, 1).map(function (o) { return o.value; });
    if (existing.join('|') === towns.join('|')) { return; }
    while (select.options.length > 1) { select.remove(1); }
    towns.forEach(function (town) { select.appendChild(el('option', { value: town, text: town })); });
    if (state.town && towns.indexOf(state.town) < 0) {
      select.appendChild(el('option', { value: state.town, text: state.town }));
    }
    select.value = state.town;
  }

  function selectTown(town) {
    state.town = town;
    var select = document.getElementById('town-select');
    select.value = town;
    var url = new URL(window.location.href);
    if (town) { url.searchParams.set('town', town); } else { url.searchParams.delete('town'); }
    window.history.replaceState(null, '', url.toString());
    document.getElementById('dashboard').setAttribute('aria-busy', 'true');
    renderScopeTitle();
    return refreshAll();
  }

  // ---------------------------------------------------------------- live stream

  function connectStream() {
    if (state.stream) { state.stream.close(); }
    var stream = new EventSource('api/city/stream');
    state.stream = stream;
    stream.addEventListener('ready', function () {
      setConnection('live');
      if (state.reachable === false) { refreshAll(); }
    });
    stream.addEventListener('alert', function (event) {
      var alert = parse(event.data);
      if (!alert) { return; }
      if (alert.state === 'RAISED') { state.alerts.set(alert.alertId, alert); } else { state.alerts.delete(alert.alertId); }
      renderAlerts(alert.alertId);
      later('overview', 3000, refreshAll); // counts and tiles follow a moment later
    });
    stream.addEventListener('city-aqi', function (event) {
      var reading = parse(event.data);
      if (reading && state.overview) {
        state.overview.air.latestHour = reading;
        if (!state.town) { renderTiles(); }
      }
      later('overview', 3000, refreshAll);
    });
    stream.addEventListener('scorecard', function () { later('overview', 3000, refreshAll); });
    stream.onerror = function () {
      // EventSource reconnects by itself; meanwhile find out whether the gateway is there at all
      setConnection(stream.readyState === EventSource.CLOSED ? 'offline' : 'connecting', 'reconnecting');
      api('api/city/overview').then(function () {
        if (state.reachable === false) { refreshAll(); }
      }, function () { unreachable(); });
      if (stream.readyState === EventSource.CLOSED) { setTimeout(connectStream, 5000); }
    };
  }

  function parse(data) { try { return JSON.parse(data); } catch (e) { return null; } }

  function setConnection(kind, label) {
    var node = document.getElementById('connection');
    node.setAttribute('data-state', kind);
    node.textContent = t(label || kind);
  }

  // ---------------------------------------------------------------- rendering

  function renderAll() {
    renderScopeTitle();
    renderFreshness();
    renderTiles();
    renderAlerts();
    renderScorecard();
    renderCharts();
  }

  function renderScopeTitle() {
    var title = state.town || t('wholeCity');
    if (state.town && state.townView && state.townView.rank) {
      title += ' · ' + t('townRank', { rank: state.townView.rank });
    }
    document.getElementById('scope-title').textContent = title;
  }

  function freshnessOf(domain) {
    return state.overview && state.overview[domain] ? state.overview[domain].freshness : null;
  }

  function renderFreshness() {
    var list = document.getElementById('freshness');
    clear(list);
    ['air', 'water', 'waste'].forEach(function (domain) {
      var freshness = freshnessOf(domain);
      var stale = freshness && freshness.stale;
      var reasons = freshness && freshness.staleReasons || [];
      var text = t('domain_' + domain) + ' · ' + (freshness && freshness.lastEventAt
        ? t('lastEvent', { time: shortTime(freshness.lastEventAt) }) : t('neverHeard'));
      if (stale) {
        text += ' · ' + t('stale') + (reasons.length ? '（' + reasons.map(function (r) { return t('staleReason_' + r); }).join('、') + '）' : '');
      }
      list.appendChild(el('li', { className: stale ? 'stale' : null, 'data-domain': domain, 'data-stale': stale ? 'true' : 'false', text: text }));
    });
  }

  function tile(id, domain, title, options) {
    var freshness = freshnessOf(domain);
    var stale = !!(freshness && freshness.stale);
    var node = el('article', {
      id: id, className: 'tile' + (options.className ? ' ' + options.className : '') + (stale ? ' stale' : ''),
      'data-domain': domain, 'data-status': options.status || null, 'aria-labelledby': id + '-title',
      'data-scope': state.town || 'CITY'
    });
    var band = el('div', { className: 'band' });
    if (options.colour) {
      band.style.background = options.colour;
      band.style.color = textOn(options.colour);
    }
    band.appendChild(el('h3', { id: id + '-title', text: title }));
    if (options.colour) { band.querySelector('h3').style.color = 'inherit'; }
    var value = el('div', { className: 'tile-value', 'data-value': isNumber(options.value) ? String(options.value) : '' },
      options.display !== undefined ? options.display : num(options.value));
    if (options.unit) { value.appendChild(el('span', { className: 'tile-unit', text: options.unit })); }
    band.appendChild(value);
    node.appendChild(band);
    if (options.detail) { node.appendChild(el('div', { className: 'tile-detail', text: options.detail })); }
    var foot = el('div', { className: 'tile-foot' });
    if (options.status) {
      foot.appendChild(el('span', { className: 'status', 'data-status': options.status, text: t('status_' + options.status) }));
    }
    if (options.target) { foot.appendChild(el('span', { text: options.target })); }
    if (options.yoy) { foot.appendChild(options.yoy); }
    if (foot.childNodes.length) { node.appendChild(foot); }
    node.appendChild(el('span', { className: 'stale-badge', text: t('stale'), title: (freshness && freshness.staleReasons || []).map(function (r) { return t('staleReason_' + r); }).join('、') }));
    return node;
  }

  /*
   * Year on year: the arrow shows which way the value moved, the colour whether that is better. The API's change is
   * an improvement in percent for lower-is-better figures and a change in points for ratios.
   */
  function yoyImprovement(change, unitIsPercent) {
    if (!isNumber(change)) { return null; }
    var kind = change > 0 ? 'better' : change < 0 ? 'worse' : 'flat';
    var arrow = change > 0 ? '▼' : change < 0 ? '▲' : '＝';
    var amount = Math.abs(change) + (unitIsPercent ? '%' : '');
    return el('span', { className: 'yoy ' + kind, 'data-yoy': String(change) },
      arrow + ' ' + t(kind === 'better' ? 'yoyBetter' : kind === 'worse' ? 'yoyWorse' : 'yoyFlat') + ' ' + amount);
  }

  function yoyPoints(change) {
    if (!isNumber(change)) { return null; }
    var kind = change > 0 ? 'better' : change < 0 ? 'worse' : 'flat';
    var arrow = change > 0 ? '▲' : change < 0 ? '▼' : '＝';
    return el('span', { className: 'yoy ' + kind, 'data-yoy': String(change) },
      arrow + ' ' + t(kind === 'better' ? 'yoyBetter' : kind === 'worse' ? 'yoyWorse' : 'yoyFlat') + ' '
      + Math.abs(change) + (state.lang === 'zh' ? t('points') : ' ' + t('points')));
  }

  /* Waste figures carry last year's value but no change; which way is better comes from the scorecard if known. */
  function yoyFromLastYear(figure, direction) {
    if (!figure || !isNumber(figure.value) || !isNumber(figure.lastYear)) { return null; }
    var diff = Math.round((figure.value - figure.lastYear) * 100) / 100;
    var better = direction === 'LOWER_IS_BETTER' ? diff < 0 : diff > 0;
    var kind = diff === 0 ? 'flat' : direction ? (better ? 'better' : 'worse') : 'flat';
    var arrow = diff > 0 ? '▲' : diff < 0 ? '▼' : '＝';
    return el('span', { className: 'yoy ' + kind, 'data-yoy': String(diff) },
      arrow + ' ' + Math.abs(diff) + ' ' + (state.lang === 'zh' ? '同比' : 'vs last year'));
  }

  function targetText(figure) {
    if (!figure || (!figure.targetLabel && !isNumber(figure.target))) { return null; }
    return t('target') + ' ' + (figure.targetLabel || num(figure.target));
  }

  function renderTiles() {
    var container = document.getElementById('tiles');
    clear(container);
    var overview = state.overview;
    if (!overview) { return; }
    var town = state.townView;
    var air = town ? town.air : overview.air;
    var latest = air.latestHour;
    var today = air.today || {};
    var ytd = air.yearToDate || {};

    container.appendChild(tile('tile-aqi-now', 'air', t('aqiNow'), {
      className: 'aqi', colour: latest && latest.colour, value: latest ? latest.aqi : null,
      detail: latest ? [state.lang === 'zh' ? latest.category : latest.categoryEn,
        latest.primaryPollutants && latest.primaryPollutants.length ? t('primary') + ' ' + pollutants(latest.primaryPollutants) : null,
        shortTime(latest.hourEnd)].filter(Boolean).join(' · ') : t('noData')
    }));

    var daily = today.daily;
    container.appendChild(tile('tile-aqi-today', 'air', t('aqiToday'), {
      className: 'aqi', colour: daily ? daily.colour : (today.highestHour && today.highestHour.colour),
      value: daily ? daily.aqi : null,
      display: daily ? num(daily.aqi) : '—',
      detail: daily ? [state.lang === 'zh' ? daily.category : daily.categoryEn, pollutants(daily.primaryPollutants)].filter(Boolean).join(' · ')
        : (today.highestHour ? t('dailyPending', { aqi: today.highestHour.aqi }) : t('noData'))
          + ' · ' + t('hoursReported', { n: today.hoursReported || 0 })
    }));

    var pm25 = ytd.pm25 || {};
    container.appendChild(tile('tile-pm25', 'air', t('pm25'), {
      value: pm25.value, unit: 'µg/m³', status: pm25.status, target: targetText(pm25),
      yoy: yoyImprovement(pm25.yearOnYearChange, true),
      detail: ytd.to ? t('asOf', { day: ytd.to }) : null
    }));
    var composite = ytd.compositeIndex || {};
    container.appendChild(tile('tile-composite', 'air', t('composite'), {
      value: composite.value, status: composite.status, target: targetText(composite),
      yoy: yoyImprovement(composite.yearOnYearChange, true),
      detail: ytd.primaryCompositePollutant ? t('primary') + ' ' + pollutants([ytd.primaryCompositePollutant]) : null
    }));
    var good = ytd.goodDayRatio || {};
    container.appendChild(tile('tile-good-days', 'air', t('goodDays'), {
      value: good.value, unit: '%', status: good.status, target: targetText(good), yoy: yoyPoints(good.yearOnYearChange)
    }));

    if (town) {
      container.appendChild(tile('tile-water', 'water', t('waterMeeting'), {
        value: town.water.sectionsMeetingTarget, display: town.water.sectionsMeetingTarget + ' / ' + town.water.sectionCount
      }));
    } else {
      var share = overview.water.goodShare || {};
      container.appendChild(tile('tile-water', 'water', t('waterGood'), {
        value: share.value, unit: '%', status: share.status, target: targetText(share),
        yoy: yoyPoints(share.yearOnYearChange),
        detail: t('waterMeeting') + ' ' + overview.water.sectionsMeetingTarget + ' / ' + overview.water.sectionCount
      }));
    }

    var directions = {};
    scorecardItems().forEach(function (item) { directions[item.indicator] = item.direction; });
    var indicators = town ? town.waste.indicators : overview.waste.indicators;
    (indicators || []).forEach(function (indicator) {
      var names = WASTE_NAMES[indicator.indicatorCode] || [indicator.indicatorCode, indicator.indicatorCode];
      var name = state.lang === 'zh' ? (indicator.nameZh || names[0]) : (indicator.nameEn || names[1]);
      var figure = indicator.figure || {};
      container.appendChild(tile('tile-waste-' + indicator.indicatorCode.toLowerCase().replace(/_/g, '-'), 'waste', name, {
        value: figure.value, unit: figure.unit, status: figure.status, target: targetText(figure),
        yoy: yoyFromLastYear(figure, directions[indicator.indicatorCode]),
        detail: indicator.period ? indicator.period : (indicator.absenceReason === 'NO_DATA' ? t('noData') : indicator.absenceReason)
      }));
    });
    var manifests = town ? town.waste.manifests : overview.waste.manifests;
    container.appendChild(tile('tile-manifests', 'waste', t('manifests'), {
      value: manifests.open, unit: t('open'),
      detail: t('overdue') + ' ' + manifests.overdue,
      status: manifests.overdue > 0 ? 'AT_RISK' : null
    }));
  }

  function scorecardItems() {
    if (state.town) { return state.townView ? state.townView.targets || [] : []; }
    return state.scorecard ? (state.scorecard.items || []).filter(function (item) { return item.scope === 'CITY'; }) : [];
  }

  function renderScorecard() {
    var items = scorecardItems();
    var body = document.querySelector('#scorecard tbody');
    clear(body);
    var counts = { ON_TRACK: 0, AT_RISK: 0, OFF_TRACK: 0 };
    var order = { air: 0, water: 1, waste: 2 };
    items.slice().sort(function (a, b) {
      return (order[a.domain] - order[b.domain]) || String(a.scopeId || '').localeCompare(String(b.scopeId || '')) || a.indicator.localeCompare(b.indicator);
    }).forEach(function (item) {
      if (counts[item.status] !== undefined) { counts[item.status]++; }
      var scope = item.scope === 'CITY' ? t('scopeCity') : (item.scope === 'TOWN' ? t('scopeTown') : t('scopeSection')) + ' ' + (item.scopeId || '');
      var checkpoints = {};
      (item.checkpoints || []).forEach(function (c) { checkpoints[c.period] = c; });
      var row = el('tr', { 'data-indicator': item.indicator, 'data-scope': item.scope + (item.scopeId ? ':' + item.scopeId : '') },
        el('th', { scope: 'row' }, item.name || item.indicator, el('span', { className: 'scope', text: t('domain_' + item.domain) + ' · ' + scope })),
        el('td', { text: (item.valueLabel || num(item.value)) + (item.unit && !item.valueLabel ? ' ' + item.unit : '') }),
        el('td', { text: item.targetLabel || num(item.target) }),
        el('td', null, item.status ? el('span', { className: 'status', 'data-status': item.status, text: t('status_' + item.status) }) : '—'),
        el('td', { text: isNumber(item.remainingAllowance) ? item.remainingAllowance + (item.allowanceLabel ? ' · ' + item.allowanceLabel : '') : (item.allowanceLabel || '—') }));
      ['WEEK', 'MONTH', 'QUARTER'].forEach(function (period) {
        var c = checkpoints[period];
        row.appendChild(el('td', null, c ? el('span', {
          className: 'status', 'data-status': c.status,
          title: c.label + ' · ' + t('pace_' + c.status)
            + (isNumber(c.requiredPace) ? ' · ' + (state.lang === 'zh' ? '需' : 'needs') + ' ' + c.requiredPace : ''),
          text: isNumber(c.value) ? String(c.value) : t('pace_' + c.status)
        }) : '—'));
      });
      body.appendChild(row);
    });
    document.getElementById('scorecard-empty').hidden = items.length > 0;
    document.getElementById('scorecard-summary').textContent = items.length
      ? t('summary', { on: counts.ON_TRACK, risk: counts.AT_RISK, off: counts.OFF_TRACK }) : '';
  }

  function renderAlerts(freshId) {
    var list = document.getElementById('alerts');
    var focused = document.activeElement && list.contains(document.activeElement) ? document.activeElement.getAttribute('data-alert-id') : null;
    clear(list);
    var alerts = Array.from(state.alerts.values()).filter(function (alert) {
      return alert.state === 'RAISED' && (!state.town || alert.town === state.town);
    }).sort(function (a, b) {
      return String(b.changedAt || b.raisedAt).localeCompare(String(a.changedAt || a.raisedAt));
    });
    alerts.forEach(function (alert) {
      var item = el('li', {
        'data-alert-id': alert.alertId, 'data-severity': alert.severity, 'data-domain': alert.domain,
        className: alert.alertId === freshId ? 'fresh' : null
      },
      el('div', { className: 'alert-title', text: alert.title || alert.kind }),
      el('div', { className: 'alert-meta' },
        el('span', { text: t('severity_' + alert.severity) }),
        el('span', { text: t('domain_' + alert.domain) }),
        alert.town ? el('span', { text: alert.town }) : null,
        el('time', { datetime: alert.raisedAt, text: beijing(alert.raisedAt) })),
      alert.message ? el('p', { className: 'alert-message', text: alert.message }) : null);
      if (alert.acknowledged) {
        item.appendChild(el('span', { className: 'acknowledged', text: t('acknowledged', { by: alert.acknowledgedBy || '' }) }));
      } else {
        var button = el('button', { type: 'button', 'data-alert-id': alert.alertId, text: t('acknowledge'),
          'aria-label': t('acknowledge') + ' ' + (alert.title || alert.kind) });
        button.addEventListener('click', function () { acknowledge(alert, button); });
        item.appendChild(button);
      }
      list.appendChild(item);
    });
    document.getElementById('alert-count').textContent = String(alerts.length);
    document.getElementById('alerts-empty').hidden = alerts.length > 0;
    if (focused) {
      var again = list.querySelector('button[data-alert-id="' + CSS.escape(focused) + '"]');
      if (again) { again.focus(); }
    }
  }

  function acknowledge(alert, button) {
    var input = document.getElementById('ack-by');
    var tokenInput = document.getElementById('ack-token');
    var by = input.value.trim();
    var token = tokenInput.value.trim();
    tokenInput.setCustomValidity('');
    if (!by && !token) {
      input.setCustomValidity(t('ackNeedsName'));
      input.reportValidity();
      input.focus();
      return;
    }
    input.setCustomValidity('');
    window.localStorage.setItem('ecocity.ackBy', by);
    // a credential lives as long as the tab, never in local storage; with the gateway's security on, the
    // acknowledger recorded is the token's subject and the name is only shown
    window.sessionStorage.setItem('ecocity.ackToken', token);
    var headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    if (token) {
      headers.Authorization = 'Bearer ' + token;
    }
    button.disabled = true;
    api('api/city/alerts/' + encodeURIComponent(alert.alertId) + '/acknowledge', {
      method: 'POST', headers: headers,
      body: JSON.stringify({ by: by || null, note: 'dashboard' })
    }).then(function (updated) {
      state.alerts.set(updated.alertId, updated);
      renderAlerts();
    }, function (error) {
      button.disabled = false;
      button.title = t('ackFailed', { detail: error.message });
      if (error.status === 401 || error.status === 403) {
        tokenInput.setCustomValidity(t('ackNeedsToken'));
        tokenInput.reportValidity();
        tokenInput.focus();
      }
      if (error.unreachable) { unreachable(); }
    });
  }

  // ---------------------------------------------------------------- charts

  /* Axis styling at the page's type size, so the charts read on a wall screen as well as on a laptop. */
  function axis(options, label) {
    var size = fontSize() * 0.8;
    return Object.assign({
      axisLine: { lineStyle: { color: '#6f86a3' } },
      splitLine: { lineStyle: { color: '#22395a' } },
      nameTextStyle: { color: '#c9d6e6', fontSize: size },
      axisLabel: Object.assign({ color: '#c9d6e6', fontSize: size, hideOverlap: true }, label || {})
    }, options);
  }

  function legend(data) {
    var size = fontSize() * 0.8;
    return { top: 0, itemWidth: size * 1.6, itemHeight: size * 0.9, textStyle: { color: '#e8eef6', fontSize: size }, data: data };
  }

  function markLineLabel(colour, formatter) {
    return { color: colour, fontSize: fontSize() * 0.75, position: 'insideEndTop', formatter: formatter };
  }

  function chart(id) {
    if (!window.echarts) { return null; }
    if (!state.charts_[id]) {
      var node = document.getElementById(id);
      state.charts_[id] = window.echarts.init(node, null, { renderer: 'canvas' });
      if (window.ResizeObserver) {
        new ResizeObserver(function () { state.charts_[id].resize(); }).observe(node);
      }
    }
    return state.charts_[id];
  }

  function fontSize() { return parseFloat(getComputedStyle(document.documentElement).fontSize) || 14; }

  function baseOption(description) {
    var size = fontSize();
    return {
      backgroundColor: 'transparent',
      textStyle: { color: '#e8eef6', fontSize: size * 0.85 },
      aria: { enabled: true, label: { description: description } },
      animation: false,
      tooltip: { trigger: 'item', confine: true, backgroundColor: '#0f1d31', borderColor: '#4a6a90', textStyle: { color: '#eef3f9', fontSize: size * 0.85 } },
      grid: { left: size * 3.2, right: size * 1.2, top: size * 2.4, bottom: size * 2.2 }
    };
  }

  function renderCharts() {
    if (!window.echarts) { return; }
    renderMap();
    renderDaily();
    renderMonthly();
    renderWater();
  }

  function renderMap() {
    var c = chart('chart-map');
    var stations = (state.town ? state.townView.air.stations : state.overview.air.stations) || [];
    var sections = state.charts.sections || [];
    var stationData = stations.filter(function (s) { return isNumber(s.longitude) && isNumber(s.latitude); }).map(function (s) {
      var reading = s.latestHour;
      return {
        value: [s.longitude, s.latitude], name: s.name,
        itemStyle: { color: reading && reading.colour || NO_DATA_COLOUR, borderColor: '#0b1626', borderWidth: 1 },
        info: s.name + '（' + s.town + '）<br>AQI ' + (reading ? num(reading.aqi) + ' · ' + (state.lang === 'zh' ? reading.category : reading.categoryEn) : '—')
      };
    });
    var sectionData = sections.filter(function (s) { return isNumber(s.longitude) && isNumber(s.latitude); }).map(function (s) {
      var cls = s.yearClass || s.latestSampleClass;
      return {
        value: [s.longitude, s.latitude], name: s.name,
        itemStyle: { color: WATER_COLOURS[cls] || NO_DATA_COLOUR, borderColor: '#0b1626', borderWidth: 1 },
        info: s.name + '（' + s.town + '）<br>' + t('yearClass') + ' ' + waterLabel(cls) + ' · ' + t('targetClass') + ' ' + waterLabel(s.targetClass)
      };
    });
    var all = stationData.concat(sectionData).map(function (d) { return d.value; });
    var bounds = extent(all);
    var size = fontSize();
    var option = baseOption(t('mapTitle') + ': ' + stationData.length + ' ' + t('stations') + ', ' + sectionData.length + ' ' + t('sections'));
    option.tooltip.formatter = function (p) { return escapeHtml(p.data.info).replace(/&lt;br&gt;/g, '<br>'); };
    option.legend = legend([t('stations'), t('sections')]);
    option.grid.bottom = size * 3.2;
    option.grid.left = size * 4;
    var degrees = { formatter: function (v) { return v.toFixed(2); }, showMinLabel: false, showMaxLabel: false };
    option.xAxis = axis({ type: 'value', name: t('longitude'), nameLocation: 'middle', nameGap: size * 1.7, min: bounds.minX, max: bounds.maxX }, degrees);
    option.yAxis = axis({ type: 'value', name: t('latitude'), nameLocation: 'middle', nameGap: size * 3, min: bounds.minY, max: bounds.maxY }, degrees);
    option.series = [
      { name: t('stations'), type: 'scatter', symbol: 'circle', symbolSize: size * 0.9, data: stationData, itemStyle: { color: '#00E400' } },
      { name: t('sections'), type: 'scatter', symbol: 'diamond', symbolSize: size * 1.3, data: sectionData, itemStyle: { color: '#00CCFF' } }
    ];
    c.setOption(option, true);
    document.getElementById('chart-map').setAttribute('aria-label', option.aria.label.description);
    document.getElementById('map-note').textContent = t('mapNote');
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (ch) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[ch]; });
  }

  function extent(points) {
    if (!points.length) { return { minX: 113.5, maxX: 114.3, minY: 22.6, maxY: 23.2 }; }
    var xs = points.map(function (p) { return p[0]; });
    var ys = points.map(function (p) { return p[1]; });
    var minX = Math.min.apply(null, xs), maxX = Math.max.apply(null, xs), minY = Math.min.apply(null, ys), maxY = Math.max.apply(null, ys);
    var padX = Math.max((maxX - minX) * 0.08, 0.02), padY = Math.max((maxY - minY) * 0.08, 0.02);
    return { minX: round2(minX - padX, -1), maxX: round2(maxX + padX, 1), minY: round2(minY - padY, -1), maxY: round2(maxY + padY, 1) };
  }

  function round2(value, direction) { return (direction < 0 ? Math.floor(value * 100) : Math.ceil(value * 100)) / 100; }

  function renderDaily() {
    var c = chart('chart-daily');
    var days = state.charts.dailyAqi || [];
    var option = baseOption(t('dailyTitle') + ': ' + days.filter(function (d) { return isNumber(d.aqi); }).map(function (d) { return d.day + ' ' + d.aqi; }).join(', '));
    option.tooltip.formatter = function (p) {
      var d = days[p.dataIndex];
      return escapeHtml(d.day + ' · AQI ' + num(d.aqi) + (d.category ? ' · ' + (state.lang === 'zh' ? d.category : d.categoryEn) : '')
        + (d.primaryPollutants && d.primaryPollutants.length ? ' · ' + pollutants(d.primaryPollutants) : ''));
    };
    option.xAxis = axis({ type: 'category', data: days.map(function (d) { return d.day.slice(5); }) });
    option.yAxis = axis({ type: 'value', name: t('aqiAxis'), min: 0 });
    option.series = [{
      type: 'bar', barWidth: '70%',
      data: days.map(function (d) { return { value: d.aqi, itemStyle: { color: d.colour || NO_DATA_COLOUR } }; }),
      markLine: { silent: true, symbol: 'none', label: markLineLabel('#ffb84d'), lineStyle: { color: '#ffb84d', type: 'dashed' }, data: [{ yAxis: 100 }] }
    }];
    c.setOption(option, true);
    document.getElementById('chart-daily').setAttribute('aria-label', option.aria.label.description);
  }

  function renderMonthly() {
    var c = chart('chart-monthly');
    var monthly = state.charts.monthlyPm25 || { year: new Date().getFullYear(), thisYear: [], lastYear: [] };
    var months = [];
    for (var m = 1; m <= 12; m++) { months.push(state.lang === 'zh' ? m + '月' : MONTHS_EN[m - 1]); }
    var thisName = t('thisYear', { year: monthly.year }), lastName = t('lastYear', { year: monthly.year - 1 });
    var ytd = (state.town ? state.townView.air.yearToDate : state.overview.air.yearToDate) || {};
    var target = ytd.pm25 && isNumber(ytd.pm25.target) ? ytd.pm25.target : null;
    var option = baseOption(t('monthlyTitle') + ' (µg/m³): ' + thisName + ' ' + (monthly.thisYear || []).map(num).join(' ') + '; ' + lastName + ' ' + (monthly.lastYear || []).map(num).join(' '));
    option.tooltip.trigger = 'axis';
    option.legend = legend([lastName, thisName]);
    option.xAxis = axis({ type: 'category', data: months });
    option.yAxis = axis({ type: 'value', name: 'µg/m³', min: 0 });
    option.series = [
      { name: lastName, type: 'bar', data: monthly.lastYear || [], itemStyle: { color: '#6f86a3' } },
      { name: thisName, type: 'bar', data: monthly.thisYear || [], itemStyle: { color: '#7cc4ff' },
        markLine: target === null ? undefined : { silent: true, symbol: 'none', lineStyle: { color: '#fbbf24', type: 'dashed' }, label: markLineLabel('#fbbf24', t('target') + ' ' + target), data: [{ yAxis: target }] } }
    ];
    c.setOption(option, true);
    document.getElementById('chart-monthly').setAttribute('aria-label', option.aria.label.description);
  }

  function renderWater() {
    var c = chart('chart-water');
    var sections = state.charts.sections || [];
    var rank = function (cls) { var i = WATER_CLASSES.indexOf(cls); return i < 0 ? null : i + 1; };
    var option = baseOption(t('waterTitle') + ': ' + sections.map(function (s) { return s.name + ' ' + waterLabel(s.yearClass || s.latestSampleClass) + ' / ' + waterLabel(s.targetClass); }).join(', '));
    option.tooltip.formatter = function (p) {
      var s = sections[p.dataIndex];
      return escapeHtml(s.name + ' · ' + t('yearClass') + ' ' + waterLabel(s.yearClass) + ' · ' + t('latestClass') + ' ' + waterLabel(s.latestSampleClass) + ' · ' + t('targetClass') + ' ' + waterLabel(s.targetClass));
    };
    option.legend = legend([t('yearClass'), t('targetClass')]);
    option.grid.bottom = fontSize() * (sections.length > 6 ? 4.5 : 2.4);
    option.xAxis = axis({ type: 'category', data: sections.map(function (s) { return s.name; }) },
      { interval: 0, rotate: sections.length > 6 ? 30 : 0, hideOverlap: false });
    option.yAxis = axis({ type: 'value', name: t('classAxis'), min: 0, max: 6, interval: 1 },
      { formatter: function (v) { return v >= 1 && v <= 6 ? WATER_LABELS[WATER_CLASSES[v - 1]] : ''; } });
    option.series = [
      { name: t('yearClass'), type: 'bar', barWidth: '55%', data: sections.map(function (s) {
        var cls = s.yearClass || s.latestSampleClass;
        return { value: rank(cls), itemStyle: { color: WATER_COLOURS[cls] || NO_DATA_COLOUR } };
      }), itemStyle: { color: '#00FF00' } },
      { name: t('targetClass'), type: 'scatter', symbol: 'rect', symbolSize: [fontSize() * 2.6, 4], itemStyle: { color: '#ffffff' },
        data: sections.map(function (s) { return rank(s.targetClass); }) }
    ];
    c.setOption(option, true);
    document.getElementById('chart-water').setAttribute('aria-label', option.aria.label.description);
  }

  // ---------------------------------------------------------------- language, clock, start

  function applyLanguage() {
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('title') + ' · EcoCity';
    Array.prototype.forEach.call(document.querySelectorAll('[data-i18n]'), function (node) { node.textContent = t(node.getAttribute('data-i18n')); });
    Array.prototype.forEach.call(document.querySelectorAll('[data-i18n-aria]'), function (node) { node.setAttribute('aria-label', t(node.getAttribute('data-i18n-aria'))); });
    var toggle = document.getElementById('lang-toggle');
    toggle.textContent = t('langButton');
    toggle.setAttribute('aria-label', t('switchLang'));
    toggle.setAttribute('lang', state.lang === 'zh' ? 'en' : 'zh-CN');
    var connection = document.getElementById('connection');
    connection.textContent = t(connection.getAttribute('data-state') === 'offline' ? 'offline' : connection.getAttribute('data-state') === 'live' ? 'live' : 'connecting');
    if (state.reachable === false) { unreachable(); }
    if (state.lastSuccess) { document.getElementById('updated').textContent = t('updated', { time: beijing(state.lastSuccess, true) }); }
    if (state.overview) { renderAll(); } else { renderScopeTitle(); }
  }

  function tick() { document.getElementById('clock').textContent = beijing(new Date(), true); }

  function start() {
    var params = new URLSearchParams(window.location.search);
    var lang = params.get('lang') || window.localStorage.getItem('ecocity.lang');
    state.lang = lang === 'en' ? 'en' : 'zh';
    state.town = params.get('town') || '';
    document.getElementById('ack-by').value = window.localStorage.getItem('ecocity.ackBy') || '';
    document.getElementById('ack-token').value = window.sessionStorage.getItem('ecocity.ackToken') || '';
    document.getElementById('town-select').addEventListener('change', function (event) { selectTown(event.target.value); });
    document.getElementById('lang-toggle').addEventListener('click', function () {
      state.lang = state.lang === 'zh' ? 'en' : 'zh';
      window.localStorage.setItem('ecocity.lang', state.lang);
      applyLanguage();
    });
    if (state.town) {
      document.getElementById('town-select').appendChild(el('option', { value: state.town, text: state.town }));
      document.getElementById('town-select').value = state.town;
    }
    // the type size follows the window, so the charts are drawn again at the new size
    window.addEventListener('resize', function () { later('resize', 250, function () { if (state.overview) { renderCharts(); } }); });
    applyLanguage();
    tick();
    setInterval(tick, 1000);
    connectStream();
    refreshAll();
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
}());
