/** Our own strings; Ant Design's come from its zh_CN / en_US locales. zh-CN is the default. */
export const zhCN = {
  app: { name: '售后服务平台', loading: '正在加载…', retry: '重试' },
  nav: { home: '工作台', requests: '服务请求', newRequest: '新建受理', queue: '派单队列', tenants: '租户管理', commitments: '服务承诺', calendar: '工作日历', company: '企业设置', users: '用户与角色' },
  user: { language: '语言', logout: '退出登录', roles: '角色', platform: '平台' },
  role: {
    PLATFORM_ADMIN: '平台管理员', TENANT_ADMIN: '企业管理员', AGENT: '客服', DISPATCHER: '调度',
    TECHNICIAN: '技术员', WAREHOUSE_KEEPER: '配件管理员', QUALITY_MANAGER: '质检经理',
  },
  channel: { PHONE: '电话', EMAIL: '邮件', WEB: '网页', WECHAT: '微信', WALK_IN: '到店' },
  category: { REPAIR: '维修', INSTALLATION: '安装', MAINTENANCE: '保养', CONSULTATION: '技术咨询', RETURN: '退货', EXCHANGE: '换货', REFUND: '退款' },
  status: { NEW: '新建', ACKNOWLEDGED: '已响应', IN_PROGRESS: '处理中', RESOLVED: '已解决', CLOSED: '已关闭', CANCELLED: '已取消', ACTIVE: '正常', SUSPENDED: '已停用', TO_BE_ASSESSED: '待评估', OVERDUE: '已超时' },
  action: { CREATED: '受理', ACKNOWLEDGE: '首次响应', START: '开始处理', RESOLVE: '解决', CLOSE: '关闭', CANCEL: '取消', REOPEN: '重新打开', notePlaceholder: '请说明原因', noteTitle: '{{action}}：请说明原因', done: '已{{action}}' },
  field: {
    number: '受理单号', customerName: '客户姓名', customerPhone: '联系电话', productModel: '产品型号', serialNumber: '序列号',
    problemDescription: '问题描述', channel: '受理渠道', category: '服务类别', status: '状态', createdAt: '受理时间', createdBy: '受理人', firstResponseDueAt: '首次响应到期', acknowledgedAt: '首次响应时间', timeline: '处理记录', firstResponseLeft: '距首次响应到期',
    requestedAt: '受理时间', queuedAt: '入队时间', state: '状态', code: '租户代码', name: '名称', timeZone: '时区',
    keycloakOrganizationId: 'Keycloak 组织 ID', suspendedAt: '停用时间', suspensionReason: '停用原因', reason: '原因',
  },
  home: {
    title: '工作台', open: '未结服务请求', queue: '待评估派单', byCategory: '服务请求类别分布', tenants: '租户', active: '正常租户', suspended: '已停用租户',
    welcome: '你好，{{name}}', empty: '暂无数据',
  },
  requests: {
    title: '服务请求', search: '搜索单号、客户、电话、型号、序列号', allChannels: '全部渠道', allCategories: '全部类别', columns: '列',
    empty: '还没有服务请求', emptyFiltered: '没有符合条件的服务请求', loadMore: '加载更多', total: '共 {{count}} 条',
    live: '新的服务请求 {{number}}（{{name}}）', create: '新建受理', detail: '服务请求详情', notFound: '找不到这条服务请求，或你无权查看。', back: '返回列表',
  },
  create: {
    title: '新建受理', submit: '提交受理', reset: '重置', created: '已受理，单号 {{number}}',
    customer: '客户信息', product: '产品与问题', phoneHelp: '手机、座机（区号-号码）或国际号码',
  },
  queue: { title: '派单队列', empty: '队列为空：没有待评估的服务请求', live: '{{number}} 已进入派单队列', waiting: '已等待', minutes: '{{count}} 分钟' },
  tenants: {
    title: '租户管理', create: '新建租户', suspend: '停用', reactivate: '恢复', reactivated: '租户 {{code}} 已恢复', suspendTitle: '停用租户 {{name}}', suspendHelp: '停用后，该租户的用户将无法使用平台。',
    created: '租户 {{code}} 已创建', suspendedDone: '租户 {{code}} 已停用', empty: '还没有租户', codeHelp: '小写字母开头，可含数字和连字符',
  },
  errors: {
    BAD_USER_INPUT: '输入有误，请检查标出的字段。', UNAUTHENTICATED: '登录已失效，请重新登录。', FORBIDDEN: '你没有权限执行此操作。',
    TENANT_SUSPENDED: '你所在的企业已被停用。', NOT_FOUND: '找不到该记录。', CONFLICT: '已存在相同的记录。', UNAVAILABLE: '服务暂时不可用，请稍后再试。',
    INTERNAL_SERVER_ERROR: '系统出错了，请稍后再试。', RATE_LIMITED: '操作过于频繁，请稍后再试。', QUERY_TOO_COMPLEX: '请求过于复杂。', NETWORK: '网络连接失败，请检查网络后重试。',
    required: '请填写{{field}}', too_big: '{{field}}过长（最多 {{max}} 个字符）', too_small: '请填写{{field}}', phone: '请输入有效的电话号码',
    invalid: '{{field}}格式不正确', taken: '{{field}}已被使用', invalid_cursor: '分页位置已失效，请刷新',
  },
  blocked: {
    suspendedTitle: '企业已停用', suspended: '你所在的企业账号已被平台停用，暂时无法使用。请联系你的管理员或平台运营方。',
    noRolesTitle: '尚未分配角色', noRoles: '你的账号还没有任何角色。请联系企业管理员为你分配角色后重新登录。',
    noTenantTitle: '未关联企业', noTenant: '你的账号未关联任何企业。请联系管理员。',
  },
  commitments: {
    title: '服务承诺', save: '发布新版本', saved: '已发布第 {{version}} 版', version: '当前版本：第 {{version}} 版', defaults: '尚未发布，显示默认承诺',
    response: '响应与派单', arrival: '上门时限（按服务区域）', repair: '维修时限', complaint: '投诉处理', followUp: '回访', targets: 'KPI 目标（%）', warranty: '三包与保修',
    firstResponse: '首次响应', dispatch: '派单', city: '市区', suburb: '郊区', inProvince: '省内', outOfProvince: '省外', remote: '偏远地区', emergencyArrival: '紧急上门',
    ordinary: '一般维修', complex: '复杂维修', contact: '联系顾客', plan: '提出处理方案', verification: '初步核实', followUpAfter: '服务后回访',
    satisfaction: '顾客满意率', onTimeArrival: '准时上门率', firstTimeFix: '一次修复率', complaintResolution: '投诉解决率',
    productCategory: '产品类别', returnDays: '退货（天）', exchangeDays: '换货（天）', repairWarrantyMonths: '整机保修（月）', partsWarrantyMonths: '配件保修（月）', addRule: '添加类别',
    calendar: '工作日历', timeZone: '时区', nationalCalendar: '执行国家法定节假日与调休', closures: '本企业休息日', extraWorkdays: '本企业加班日', dayOff: '休息', addInterval: '添加时段',
    preview: '到期预览', receivedAt: '假设受理时间', due: '到期', publicPage: '公开承诺页',
    unit: { MINUTES: '分钟', HOURS: '小时', DAYS: '天' }, basis: { WORKING: '工作时间', CALENDAR: '自然时间' },
    duration: { MINUTES_WORKING: '{{amount}} 个工作分钟', MINUTES_CALENDAR: '{{amount}} 分钟', HOURS_WORKING: '{{amount}} 个工作小时', HOURS_CALENDAR: '{{amount}} 小时', DAYS_WORKING: '{{amount}} 个工作日', DAYS_CALENDAR: '{{amount}} 天' },
    weekdays: ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
  },
  company: {
    title: '企业设置', displayName: '对外显示名称', timeZone: '时区', defaultLocale: '默认语言', hotline: '售后服务热线', logoUrl: '标志图片地址（https）',
    save: '保存', saved: '已保存', hotlineHelp: '例如 400-800-8888',
  },
  users: { title: '用户与角色', help: '角色变更在用户下次登录时生效。', saved: '已更新 {{user}} 的角色', ownAdmin: '不能取消你自己的企业管理员角色', empty: '没有用户', username: '登录名' },
  audit: { title: '操作记录', ROLES_CHANGED: '修改角色', CREATED: '创建', SUSPENDED: '停用', REACTIVATED: '恢复', SETTINGS_UPDATED: '修改设置', COMMITMENTS_PUBLISHED: '发布服务承诺', NATIONAL_CALENDAR_APPLIED: '应用国家日历' },
  publicForm: { title: '在线报修', submit: '提交', received: '已收到，受理单号 {{number}}', keepLink: '请保存进度查询链接，凭链接即可查看处理进度。', track: '查看处理进度', tooMany: '提交过于频繁，请稍后再试。' },
  tracking: { title: '服务进度查询', respondBy: '承诺响应时间', invalid: '查询链接无效', expired: '查询链接已过期，请联系客服' },
  regions: {
    title: '服务区域', homeCity: '服务网点所在城市', remoteProvinces: '偏远地区（省份）', overrides: '例外（按区划代码）', addOverride: '添加例外',
    tryAddress: '试一试：选择一个地址', tierIs: '属于：{{tier}}', tier: { CITY: '市区', SUBURB: '郊区', IN_PROVINCE: '省内', OUT_OF_PROVINCE: '省外', REMOTE: '偏远地区' },
  },
  calendarView: { title: '工作日历', holiday: '法定节假日', makeUp: '调休上班', closure: '企业休息', extra: '企业加班', weekend: '周末', source: '数据来源', noData: '{{year}} 年的国家日历尚未导入' },
  public: {
    title: '{{name}} 售后服务承诺', intro: '我们承诺在以下时限内为您提供服务。工作时间以外受理的请求，从下一个工作时段开始计时。',
    hours: '服务时间', hotline: '服务热线', holidays: '国家法定节假日及调休按国务院通知执行。', notFound: '找不到该企业的服务承诺', within: '{{what}}：{{duration}}内',
  },
  common: { cancel: '取消', confirm: '确定', refresh: '刷新', view: '查看', actions: '操作', error: '出错了' },
};

export type Resources = typeof zhCN;

export const enUS: Resources = {
  app: { name: 'After-sales service', loading: 'Loading…', retry: 'Retry' },
  nav: { home: 'Home', requests: 'Service requests', newRequest: 'New request', queue: 'Dispatch queue', tenants: 'Tenants', commitments: 'Commitments', calendar: 'Calendar', company: 'Company settings', users: 'Users and roles' },
  user: { language: 'Language', logout: 'Sign out', roles: 'Roles', platform: 'Platform' },
  role: {
    PLATFORM_ADMIN: 'Platform admin', TENANT_ADMIN: 'Tenant admin', AGENT: 'Agent', DISPATCHER: 'Dispatcher',
    TECHNICIAN: 'Technician', WAREHOUSE_KEEPER: 'Warehouse keeper', QUALITY_MANAGER: 'Quality manager',
  },
  channel: { PHONE: 'Phone', EMAIL: 'Email', WEB: 'Web', WECHAT: 'WeChat', WALK_IN: 'Walk-in' },
  category: { REPAIR: 'Repair', INSTALLATION: 'Installation', MAINTENANCE: 'Maintenance', CONSULTATION: 'Consultation', RETURN: 'Return', EXCHANGE: 'Exchange', REFUND: 'Refund' },
  status: { NEW: 'New', ACKNOWLEDGED: 'Acknowledged', IN_PROGRESS: 'In progress', RESOLVED: 'Resolved', CLOSED: 'Closed', CANCELLED: 'Cancelled', ACTIVE: 'Active', SUSPENDED: 'Suspended', TO_BE_ASSESSED: 'To be assessed', OVERDUE: 'Overdue' },
  action: { CREATED: 'Received', ACKNOWLEDGE: 'First response', START: 'Start work', RESOLVE: 'Resolve', CLOSE: 'Close', CANCEL: 'Cancel', REOPEN: 'Reopen', notePlaceholder: 'Say why', noteTitle: '{{action}}: say why', done: '{{action}}: done' },
  field: {
    number: 'Number', customerName: 'Customer name', customerPhone: 'Phone', productModel: 'Product model', serialNumber: 'Serial number',
    problemDescription: 'Problem', channel: 'Channel', category: 'Category', status: 'Status', createdAt: 'Received', createdBy: 'Received by', firstResponseDueAt: 'First response due', acknowledgedAt: 'First response given', timeline: 'Timeline', firstResponseLeft: 'First response due in',
    requestedAt: 'Received', queuedAt: 'Queued', state: 'State', code: 'Code', name: 'Name', timeZone: 'Time zone',
    keycloakOrganizationId: 'Keycloak organization id', suspendedAt: 'Suspended at', suspensionReason: 'Suspension reason', reason: 'Reason',
  },
  home: {
    title: 'Home', open: 'Open service requests', queue: 'Waiting for assessment', byCategory: 'Service requests by category', tenants: 'Tenants', active: 'Active tenants', suspended: 'Suspended tenants',
    welcome: 'Hello, {{name}}', empty: 'No data yet',
  },
  requests: {
    title: 'Service requests', search: 'Search number, customer, phone, model, serial', allChannels: 'All channels', allCategories: 'All categories', columns: 'Columns',
    empty: 'No service requests yet', emptyFiltered: 'No service requests match', loadMore: 'Load more', total: '{{count}} in all',
    live: 'New service request {{number}} ({{name}})', create: 'New request', detail: 'Service request', notFound: 'This service request does not exist or you may not see it.', back: 'Back to the list',
  },
  create: {
    title: 'New service request', submit: 'Submit', reset: 'Reset', created: 'Recorded as {{number}}',
    customer: 'Customer', product: 'Product and problem', phoneHelp: 'Mobile, landline with area code, or international',
  },
  queue: { title: 'Dispatch queue', empty: 'The queue is empty: nothing waits for assessment', live: '{{number}} entered the queue', waiting: 'Waiting', minutes: '{{count}} min' },
  tenants: {
    title: 'Tenants', create: 'New tenant', suspend: 'Suspend', reactivate: 'Reactivate', reactivated: 'Tenant {{code}} reactivated', suspendTitle: 'Suspend {{name}}', suspendHelp: 'Its users will no longer be able to use the platform.',
    created: 'Tenant {{code}} created', suspendedDone: 'Tenant {{code}} suspended', empty: 'No tenants yet', codeHelp: 'Starts with a lower-case letter; digits and dashes allowed',
  },
  errors: {
    BAD_USER_INPUT: 'Please check the marked fields.', UNAUTHENTICATED: 'Your session has ended; please sign in again.', FORBIDDEN: 'You may not do this.',
    TENANT_SUSPENDED: 'Your company has been suspended.', NOT_FOUND: 'Not found.', CONFLICT: 'That already exists.', UNAVAILABLE: 'The service is unavailable; please try again shortly.',
    INTERNAL_SERVER_ERROR: 'Something went wrong; please try again.', RATE_LIMITED: 'Too many attempts; please try again shortly.', QUERY_TOO_COMPLEX: 'The request is too complex.', NETWORK: 'Cannot reach the server; check your connection.',
    required: '{{field}} is required', too_big: '{{field}} is too long (at most {{max}} characters)', too_small: '{{field}} is required', phone: 'Enter a valid phone number',
    invalid: '{{field}} is not valid', taken: '{{field}} is already taken', invalid_cursor: 'The page position expired; refresh',
  },
  blocked: {
    suspendedTitle: 'Company suspended', suspended: 'Your company’s account has been suspended by the platform operator. Contact your administrator.',
    noRolesTitle: 'No roles yet', noRoles: 'Your account has no roles. Ask your company administrator to assign one, then sign in again.',
    noTenantTitle: 'No company', noTenant: 'Your account belongs to no company. Contact your administrator.',
  },
  commitments: {
    title: 'Service commitments', save: 'Publish new version', saved: 'Version {{version}} published', version: 'Current: version {{version}}', defaults: 'Not published yet: showing the defaults',
    response: 'Response and dispatch', arrival: 'On-site arrival by region', repair: 'Repair', complaint: 'Complaints', followUp: 'Follow-up', targets: 'KPI targets (%)', warranty: 'Warranty and 三包',
    firstResponse: 'First response', dispatch: 'Dispatch', city: 'City', suburb: 'Suburb', inProvince: 'In province', outOfProvince: 'Out of province', remote: 'Remote', emergencyArrival: 'Emergency arrival',
    ordinary: 'Ordinary repair', complex: 'Complex repair', contact: 'Contact the customer', plan: 'Propose a plan', verification: 'Preliminary verification', followUpAfter: 'Follow-up after service',
    satisfaction: 'Satisfaction', onTimeArrival: 'On-time arrival', firstTimeFix: 'First-time fix', complaintResolution: 'Complaint resolution',
    productCategory: 'Product category', returnDays: 'Return (days)', exchangeDays: 'Exchange (days)', repairWarrantyMonths: 'Warranty (months)', partsWarrantyMonths: 'Parts warranty (months)', addRule: 'Add category',
    calendar: 'Business calendar', timeZone: 'Time zone', nationalCalendar: 'Follow statutory holidays and make-up workdays', closures: 'Company closures', extraWorkdays: 'Extra workdays', dayOff: 'Off', addInterval: 'Add hours',
    preview: 'Due-time preview', receivedAt: 'Received at', due: 'Due', publicPage: 'Public page',
    unit: { MINUTES: 'minutes', HOURS: 'hours', DAYS: 'days' }, basis: { WORKING: 'working time', CALENDAR: 'around the clock' },
    duration: { MINUTES_WORKING: '{{amount}} working minutes', MINUTES_CALENDAR: '{{amount}} minutes', HOURS_WORKING: '{{amount}} working hours', HOURS_CALENDAR: '{{amount}} hours', DAYS_WORKING: '{{amount}} working days', DAYS_CALENDAR: '{{amount}} days' },
    weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  },
  company: {
    title: 'Company settings', displayName: 'Name shown to customers', timeZone: 'Time zone', defaultLocale: 'Default language', hotline: 'After-sales hotline', logoUrl: 'Logo URL (https)',
    save: 'Save', saved: 'Saved', hotlineHelp: 'e.g. 400-800-8888',
  },
  users: { title: 'Users and roles', help: 'Role changes apply at the user’s next sign-in.', saved: 'Roles of {{user}} updated', ownAdmin: 'You cannot take away your own tenant-admin role', empty: 'No users', username: 'Username' },
  audit: { title: 'History', ROLES_CHANGED: 'Roles changed', CREATED: 'Created', SUSPENDED: 'Suspended', REACTIVATED: 'Reactivated', SETTINGS_UPDATED: 'Settings changed', COMMITMENTS_PUBLISHED: 'Commitments published', NATIONAL_CALENDAR_APPLIED: 'National calendar applied' },
  publicForm: { title: 'Report a problem', submit: 'Submit', received: 'Received as {{number}}', keepLink: 'Keep the tracking link: it shows how your request is going.', track: 'Follow my request', tooMany: 'Too many submissions; please try again shortly.' },
  tracking: { title: 'Your service request', respondBy: 'We will respond by', invalid: 'This tracking link is not valid', expired: 'This tracking link has expired; please contact us' },
  regions: {
    title: 'Service regions', homeCity: 'City of the service outlet', remoteProvinces: 'Remote areas (provinces)', overrides: 'Exceptions (by division code)', addOverride: 'Add exception',
    tryAddress: 'Try an address', tierIs: 'Tier: {{tier}}', tier: { CITY: 'City', SUBURB: 'Suburb', IN_PROVINCE: 'In province', OUT_OF_PROVINCE: 'Out of province', REMOTE: 'Remote' },
  },
  calendarView: { title: 'Business calendar', holiday: 'Statutory holiday', makeUp: 'Make-up workday', closure: 'Company closure', extra: 'Extra workday', weekend: 'Weekend', source: 'Source', noData: 'No national calendar for {{year}} yet' },
  public: {
    title: '{{name}} — our service commitments', intro: 'We commit to the times below. Requests received outside working hours are counted from the next working period.',
    hours: 'Service hours', hotline: 'Hotline', holidays: 'Statutory holidays and make-up workdays follow the State Council notice.', notFound: 'No published commitments for this company', within: '{{what}}: within {{duration}}',
  },
  common: { cancel: 'Cancel', confirm: 'OK', refresh: 'Refresh', view: 'View', actions: 'Actions', error: 'Error' },
};
