// UI text. Content (articles, doctors) is written in Chinese and is not translated;
// the English locale translates the interface around it.
export type Locale = 'zh-CN' | 'en';
export const LOCALES: Locale[] = ['zh-CN', 'en'];

const zh = {
  'nav.home': '首页',
  'nav.articles': '科普文章',
  'nav.doctors': '医生团队',
  'nav.hospital': '医院介绍',
  'nav.qa': '患者问答',
  'nav.hot': '热门话题',
  'nav.search': '搜索',
  'nav.main': '主导航',
  'nav.skip': '跳到正文',
  'nav.lang': 'English',
  'nav.langLabel': '切换到英文界面',
  'home.featured': '推荐阅读',
  'home.latest': '最新文章',
  'home.categories': '治疗技术与科普分类',
  'home.team': '医生团队',
  'home.more': '更多',
  'home.contact': '就诊信息',
  'site.address': '地址',
  'site.phone': '电话',
  'site.hours': '门诊时间',
  'site.licence': '医疗机构执业许可证',
  'site.adReview': '医疗广告审查证明',
  'site.moreAbout': '查看医院介绍',
  'article.source': '来源',
  'article.author': '作者',
  'article.published': '发布',
  'article.updated': '更新',
  'article.reviewedBy': '医学审核',
  'article.reviewedOn': '审核日期',
  'article.nextReview': '下次复审',
  'article.overdue': '本文的医学复审已于 {date} 到期，内容可能未反映最新进展，请以医生当面诊疗意见为准。',
  'article.outline': '本文目录',
  'article.related': '相关文章',
  'article.teamFor': '{category}医生团队',
  'article.disclaimer': '本文为健康科普，不能替代医生面诊。如有不适，请及时就医。',
  'article.next.title': '预约或提问',
  'article.next.book': '预约{name}的门诊',
  'article.next.ask': '向医生提问',
  'article.licenceNo': '执业证号',
  'block.faq': '你可能还想问',
  'doctor.details': '详情',
  'doctor.book': '预约',
  'doctor.bookFull': '预约{name}医生',
  'doctor.detailsFull': '{name}医生详情',
  'doctor.specialties': '擅长',
  'doctor.licence': '医师执业证书编号',
  'doctor.articles': '撰写的文章',
  'doctor.reviewed': '审核的文章',
  'doctor.booking': '预约挂号',
  'doctor.bookingSoon': '网上预约即将开放。现在可致电 {phone} 预约{name}医生的门诊。',
  'doctor.bio': '医生简介',
  'doctor.directory': '医生团队',
  'doctor.none': '暂无文章。',
  'category.page': '第 {page} / {pages} 页',
  'category.empty': '这个分类还没有文章。',
  'pager.prev': '上一页',
  'pager.next': '下一页',
  'pager.label': '分页',
  'hot.title': '热门话题',
  'hot.pinned': '编辑推荐',
  'hot.popular': '近 30 天阅读最多',
  'hot.none': '暂无热门文章。',
  'search.title': '搜索',
  'search.label': '搜索文章、问答和医生',
  'search.placeholder': '例如：白癜风、微针',
  'search.submit': '搜索',
  'search.empty': '请输入要搜索的内容，例如“白癜风”或“微针”。',
  'search.tooLong': '搜索内容太长了，请控制在 {max} 个字以内。',
  'search.noWords': '没有识别到可以搜索的文字，请输入汉字、字母或数字。',
  'search.noResults': '没有找到与“{q}”相关的内容。可以换个说法，或浏览下面的分类。',
  'search.count': '找到 {n} 条与“{q}”相关的结果',
  'search.broadened': '没有同时包含全部词语的结果，下面是包含部分词语的结果。',
  'search.everyWord': '只有前 {n} 条结果包含全部词语，其后的结果包含部分词语。',
  'search.everyWordRanked': '只有 {n} 条结果包含全部词语；下面的结果包含全部或部分词语，按相关程度排列。',
  'search.kind.article': '文章',
  'search.kind.faq': '问答',
  'search.kind.doctor': '医生',
  'search.kind.page': '医院信息',
  'hospital.title': '医院介绍',
  'hospital.contact': '联系方式与门诊时间',
  'error.notFound.title': '页面没有找到',
  'error.notFound.body': '您要找的页面不存在或已被移除。可以回到首页，或搜索您关心的内容。',
  'error.badRequest.title': '请求有误',
  'error.badRequest.body': '链接中的参数不正确或太长。请检查链接，或从首页重新进入。',
  'error.server.title': '服务暂时出了点问题',
  'error.server.body': '我们已经记录了这个问题。请稍后再试；如需就诊，请直接致电医院。',
  'error.home': '回到首页',
  'error.ref': '问题编号',
  'footer.disclaimer': '本站内容仅供健康科普参考，不能代替医生面诊、诊断和治疗。',
  'footer.demo': '演示站点：医院、医生与文章均为虚构。',
  'footer.feed': '订阅更新（Atom）',
  'period.morning': '上午',
  'period.afternoon': '下午',
  'period.evening': '晚上',
  'booking.sessions.title': '{name}医生的门诊号源',
  'booking.sessions.intro': '下面是未来 {days} 天内的门诊。选择一个时段进入预约。',
  'booking.sessions.none': '未来 {days} 天内暂无门诊。可致电 {phone} 咨询。',
  'booking.sessions.all': '查看全部号源并预约',
  'booking.byPhone': '也可以致电 {phone} 预约或咨询。',
  'booking.sessions.noneSoon': '近期暂无可预约的门诊。可致电 {phone} 咨询。',
  'booking.sessions.asOf': '余号数为页面生成时的数字，以提交时为准。',
  'booking.zoneNote': '时间均为医院当地时间（{zone}）。',
  'booking.left': '余号 {n}',
  'booking.full': '已约满',
  'booking.stopped': '停诊',
  'booking.closed': '已截止',
  'booking.book': '预约',
  'booking.bookLabel': '预约 {date} {period}',
  'booking.waitlistLabel': '候补 {date} {period}',
  'booking.waitlistShort': '登记候补',
  'booking.fee': '挂号费 {fee} 元',
  'booking.form.title': '预约挂号',
  'booking.form.session': '就诊时段',
  'booking.form.service': '服务：{name}，约 {n} 分钟。',
  'booking.form.patient': '就诊人信息',
  'booking.form.name': '真实姓名',
  'booking.form.nameHelp': '请填写就诊人证件上的姓名。',
  'booking.form.mobile': '手机号码',
  'booking.form.mobileHelp': '11 位中国大陆手机号，用于接收预约短信。',
  'booking.form.email': '电子邮箱（选填）',
  'booking.form.emailHelp': '填写后会同时收到邮件和日历文件。',
  'booking.form.visitType': '初诊还是复诊',
  'visit.first': '初诊（第一次因这个问题来本院）',
  'visit.return': '复诊',
  'booking.form.reason': '就诊原因（选填，200 字以内）',
  'booking.form.reasonHelp': '简单写几句即可，例如“手背白斑两个月”。',
  'booking.form.screening': '治疗前安全问题',
  'booking.form.screeningHelp': '为了您的安全，请如实回答。回答“是”并不丢人，医生会给您更合适的建议。',
  'booking.yes': '是',
  'booking.no': '否',
  'booking.form.consent': '健康信息使用同意（单独同意）',
  'booking.form.consentText': '您填写的就诊原因和安全问题回答属于健康信息。医院只用它们来安排和准备这次就诊：只有接诊医生和前台能看到，加密保存。您可以不同意，改为致电 {phone} 预约。',
  'booking.form.consentAgree': '我同意医院为安排这次就诊使用上面的健康信息',
  'booking.form.privacy': '姓名和手机号只用于预约、提醒和就诊。',
  'booking.form.submit': '确认预约',
  'booking.form.waitlist': '这个时段已满：登记候补',
  'booking.form.other': '选择其他时段',
  'booking.err.summary': '预约还没有成功，请修改下面的内容：',
  'booking.err.name': '请填写就诊人姓名（不超过 30 个字）。',
  'booking.err.mobile': '手机号码不正确：请填写 11 位中国大陆手机号，例如 13812345678。',
  'booking.err.email': '电子邮箱格式不正确；不需要邮件可以留空。',
  'booking.err.visitType': '请选择初诊或复诊。',
  'booking.err.reason': '就诊原因最多 200 个字，现在是 {n} 个字。',
  'booking.err.screening': '请回答每一个安全问题。',
  'booking.err.consent': '在线预约需要您同意使用健康信息；如不同意，可致电 {phone} 预约。',
  'booking.err.form': '这份表单已失效，请重新打开预约页面。',
  'booking.err.full': '这个时段已经约满了。您可以登记候补，或选择其他时段。',
  'booking.err.stopped': '这个时段已停诊，不能预约。请选择其他时段。',
  'booking.err.past': '这个时段已经开始或结束，不能再预约。请选择其他时段。',
  'booking.err.tooLate': '这个时段的网上预约已截止（开诊前 {minutes} 分钟截止）。请选择其他时段，或到医院现场挂号。',
  'booking.err.tooFar': '只能预约未来 {days} 天内的门诊。',
  'booking.err.limitDay': '同一个手机号每天最多预约 {n} 个号。',
  'booking.err.limitDoctor': '同一个手机号在同一位医生处最多保留 {n} 个未就诊的预约。',
  'booking.err.already': '这个手机号已经预约了这个时段。',
  'booking.err.keyReused': '这份表单已经提交过。如需再预约一个号，请重新打开预约页面。',
  'booking.err.notFull': '这个时段还有号，可以直接预约。',
  'booking.err.waitlisted': '这个手机号已经在这个时段的候补名单中。',
  'booking.err.notMovable': '这个预约现在不能改约。',
  'booking.err.cancelLate': '开诊前 {minutes} 分钟内不能在线取消或改约，请致电 {phone}。',
  'booking.err.pickSession': '请选择一个新的时段。',
  'booking.err.notOffered': '这项服务现在不提供网上预约，请致电医院咨询。',
  'booking.screenOut.title': '这项治疗现在可能不适合您',
  'booking.screenOut.body': '谢谢您如实回答。因为您提到了{items}，现在做{service}可能不安全，所以这次没有为您预约。这并不代表不能治疗：请先预约普通门诊，医生当面了解情况后，会告诉您什么时候、用什么方法更合适。',
  'booking.screenOut.consult': '查看普通门诊号源',
  'booking.confirm.title': '预约成功',
  'booking.confirm.lead': '我们已把预约信息发短信给您。请保存预约号，或收藏这个页面。',
  'booking.manage.title': '我的预约',
  'booking.ref': '预约号',
  'booking.queue': '就诊序号',
  'booking.queueNo': '第 {n} 号',
  'booking.doctor': '医生',
  'booking.date': '日期',
  'booking.period': '时段',
  'booking.regType': '号别',
  'booking.address': '地址',
  'booking.statusLabel': '状态',
  'booking.status.booked': '已预约',
  'booking.status.cancelled': '已取消',
  'booking.status.checked_in': '已签到',
  'booking.status.no_show': '未到诊',
  'booking.stoppedNote': '很抱歉，医生这个时段停诊（{reason}），预约已取消。您可以改约其他时段。',
  'booking.ics': '添加到日历（.ics 文件）',
  'booking.privateLink': '这个页面的链接是您的私人链接：可以查看、改约或取消预约，请不要转发。就诊结束后链接失效。',
  'booking.cancel': '取消预约',
  'booking.cancelHelp': '取消后号源会让给其他患者，序号不会保留。',
  'booking.cancelled': '预约已取消。',
  'booking.bookAgain': '重新预约',
  'booking.move': '改约其他时段',
  'booking.move.title': '改约',
  'booking.move.pick': '选择新的时段',
  'booking.move.submit': '确认改约',
  'booking.move.none': '暂时没有其他可以预约的时段。',
  'booking.move.sameDoctor': '{name}医生的其他时段',
  'booking.move.otherDoctors': '也提供{service}的其他医生',
  'booking.move.otherHelp': '改约到其他医生，您的序号会重新分配，治疗前安全问题的回答保持不变。',
  'booking.moved': '已改约到新的时段。',
  'booking.waitlist.title': '候补登记',
  'booking.waitlist.waiting': '您已登记候补，目前排第 {n} 位。有人取消时我们会发短信通知您，名额为您保留 {minutes} 分钟。',
  'booking.waitlist.offered': '有一个名额为您保留到 {time}（医院当地时间）。确认后即预约成功。',
  'booking.waitlist.accept': '确认预约',
  'booking.waitlist.leave': '退出候补',
  'booking.waitlist.expired': '保留时间已过，名额已让给下一位。',
  'booking.waitlist.left': '您已不在候补名单中。',
  'booking.waitlist.accepted': '候补已转为正式预约。',
  'booking.waitlist.view': '查看预约',
  'breadcrumb': '当前位置',
  'search.corrected': '已为您显示“{q}”的结果',
  'search.original': '仍然搜索“{q}”',
  'search.suggestions': '搜索建议',
  'search.suggest.hint': '输入时会出现搜索建议，用上下方向键选择，回车确认。',
  'search.suggest.count': '有 {n} 条搜索建议',
  'search.suggest.kind.article': '文章',
  'search.suggest.kind.category': '分类',
  'search.suggest.kind.doctor': '医生',
  'search.suggest.kind.synonym': '相关词',
  'articles.title': '全部科普文章',
  'articles.lead': '本院医生撰写并经医学审核的全部科普文章，按发布时间从新到旧排列。',
  'articles.filter': '筛选文章',
  'articles.filter.category': '分类',
  'articles.filter.doctor': '医生（撰写或审核）',
  'articles.filter.all': '全部',
  'articles.filter.submit': '筛选',
  'articles.filter.clear': '清除筛选',
  'articles.count': '共 {n} 篇',
  'articles.none': '没有符合条件的文章。',
  'articles.allCategories': '查看全部分类',
  'categories.title': '文章分类',
  'categories.lead': '按分类浏览科普文章。',
  'categories.count': '{n} 篇文章',
} as const;

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  'nav.home': 'Home',
  'nav.articles': 'Articles',
  'nav.doctors': 'Doctors',
  'nav.hospital': 'About us',
  'nav.qa': 'Q&A',
  'nav.hot': 'Hot topics',
  'nav.search': 'Search',
  'nav.main': 'Main navigation',
  'nav.skip': 'Skip to content',
  'nav.lang': '中文',
  'nav.langLabel': 'Switch to the Chinese interface',
  'home.featured': 'Featured',
  'home.latest': 'Latest articles',
  'home.categories': 'Treatments and topics',
  'home.team': 'Our doctors',
  'home.more': 'More',
  'home.contact': 'Visiting us',
  'site.address': 'Address',
  'site.phone': 'Phone',
  'site.hours': 'Opening hours',
  'site.licence': 'Medical institution licence',
  'site.adReview': 'Medical advertising approval',
  'site.moreAbout': 'About the hospital',
  'article.source': 'Source',
  'article.author': 'Author',
  'article.published': 'Published',
  'article.updated': 'Updated',
  'article.reviewedBy': 'Medically reviewed by',
  'article.reviewedOn': 'Reviewed on',
  'article.nextReview': 'Next review due',
  'article.overdue':
    'The medical review of this article was due on {date}. It may not reflect recent advice; please follow what your doctor tells you in person.',
  'article.outline': 'In this article',
  'article.related': 'Related articles',
  'article.teamFor': 'Doctors for {category}',
  'article.disclaimer': 'This article is health education and does not replace a visit to a doctor.',
  'article.next.title': 'Book a visit or ask',
  'article.next.book': 'Book a visit with {name}',
  'article.next.ask': 'Ask a doctor a question',
  'article.licenceNo': 'Licence no.',
  'block.faq': 'You may also ask',
  'doctor.details': 'Details',
  'doctor.book': 'Book',
  'doctor.bookFull': 'Book: Dr {name}',
  'doctor.detailsFull': 'Details: Dr {name}',
  'doctor.specialties': 'Specialties',
  'doctor.licence': 'Practising licence no.',
  'doctor.articles': 'Articles written',
  'doctor.reviewed': 'Articles reviewed',
  'doctor.booking': 'Book an appointment',
  'doctor.bookingSoon': 'Online booking opens soon. To book with Dr {name} now, call {phone}.',
  'doctor.bio': 'Biography',
  'doctor.directory': 'Our doctors',
  'doctor.none': 'No articles yet.',
  'category.page': 'Page {page} of {pages}',
  'category.empty': 'There are no articles in this category yet.',
  'pager.prev': 'Previous',
  'pager.next': 'Next',
  'pager.label': 'Pagination',
  'hot.title': 'Hot topics',
  'hot.pinned': "Editors' picks",
  'hot.popular': 'Most read in the last 30 days',
  'hot.none': 'No popular articles yet.',
  'search.title': 'Search',
  'search.label': 'Search articles, Q&A and doctors',
  'search.placeholder': 'e.g. 白癜风, 微针',
  'search.submit': 'Search',
  'search.empty': 'Type what you are looking for, for example 白癜风 (vitiligo) or 微针 (microneedling).',
  'search.tooLong': 'Your search is too long; please keep it under {max} characters.',
  'search.noWords': 'No searchable words were found; please type letters, Chinese characters or digits.',
  'search.noResults': 'Nothing matched “{q}”. Try other words, or browse the categories below.',
  'search.count': '{n} results for “{q}”',
  'search.broadened': 'No result contains every word; these contain some of them.',
  'search.everyWord': 'Only the first {n} contain every word; those after them contain some of them.',
  'search.everyWordRanked': 'Only {n} contain every word; these contain all or some of them, most relevant first.',
  'search.kind.article': 'Article',
  'search.kind.faq': 'Q&A',
  'search.kind.doctor': 'Doctor',
  'search.kind.page': 'Hospital information',
  'hospital.title': 'About the hospital',
  'hospital.contact': 'Contact and opening hours',
  'error.notFound.title': 'Page not found',
  'error.notFound.body': 'The page you are looking for does not exist or was removed. Go to the home page or search.',
  'error.badRequest.title': 'Bad request',
  'error.badRequest.body': 'A parameter in the link is malformed or too long. Please check the link or start from the home page.',
  'error.server.title': 'Something went wrong on our side',
  'error.server.body': 'We have logged the problem. Please try again later; to see a doctor, call the hospital.',
  'error.home': 'Home page',
  'error.ref': 'Reference',
  'footer.disclaimer': 'Content on this site is health education and does not replace diagnosis and treatment by a doctor.',
  'footer.demo': 'Demo site: the hospital, doctors and articles are fictional.',
  'footer.feed': 'Subscribe (Atom)',
  'period.morning': 'Morning',
  'period.afternoon': 'Afternoon',
  'period.evening': 'Evening',
  'booking.sessions.title': 'Dr {name}: clinic sessions',
  'booking.sessions.intro': 'Clinic sessions in the next {days} days. Choose one to book.',
  'booking.sessions.none': 'No clinic sessions in the next {days} days. Call {phone} to ask.',
  'booking.sessions.all': 'See all sessions and book',
  'booking.byPhone': 'You can also book or ask by phone: {phone}.',
  'booking.sessions.noneSoon': 'No sessions to book soon. Call {phone} to ask.',
  'booking.sessions.asOf': 'Places left are as the page was made; your booking is checked when you submit.',
  'booking.zoneNote': 'All times are the hospital’s local time ({zone}).',
  'booking.left': '{n} left',
  'booking.full': 'Full',
  'booking.stopped': 'Cancelled by the clinic',
  'booking.closed': 'Closed',
  'booking.book': 'Book',
  'booking.bookLabel': 'Book {date} {period}',
  'booking.waitlistLabel': 'Join the waiting list for {date} {period}',
  'booking.waitlistShort': 'Waiting list',
  'booking.fee': 'Fee ¥{fee}',
  'booking.form.title': 'Book an appointment',
  'booking.form.session': 'Session',
  'booking.form.service': 'Service: {name}, about {n} minutes.',
  'booking.form.patient': 'About you',
  'booking.form.name': 'Full name',
  'booking.form.nameHelp': 'As on your identity document.',
  'booking.form.mobile': 'Mobile number',
  'booking.form.mobileHelp': 'An 11-digit mainland China mobile number; we text your booking to it.',
  'booking.form.email': 'Email (optional)',
  'booking.form.emailHelp': 'We also email your booking and a calendar file.',
  'booking.form.visitType': 'First or return visit',
  'visit.first': 'First visit (first time here for this problem)',
  'visit.return': 'Return visit',
  'booking.form.reason': 'Reason for the visit (optional, up to 200 characters)',
  'booking.form.reasonHelp': 'A few words are enough, e.g. “white patch on the hand for two months”.',
  'booking.form.screening': 'Safety questions before treatment',
  'booking.form.screeningHelp': 'For your safety, please answer honestly. Answering “yes” is fine: the doctor will suggest what suits you.',
  'booking.yes': 'Yes',
  'booking.no': 'No',
  'booking.form.consent': 'Consent to use your health information',
  'booking.form.consentText': 'Your reason for the visit and your answers to the safety questions are health information. The hospital uses them only to arrange and prepare this visit: only your doctor and the front desk can see them, and they are stored encrypted. You may say no and book by phone on {phone} instead.',
  'booking.form.consentAgree': 'I agree that the hospital may use this health information to arrange my visit',
  'booking.form.privacy': 'Your name and mobile number are used only for booking, reminders and your visit.',
  'booking.form.submit': 'Confirm booking',
  'booking.form.waitlist': 'This session is full: join the waiting list',
  'booking.form.other': 'Choose another session',
  'booking.err.summary': 'Your booking has not been made yet. Please correct the following:',
  'booking.err.name': 'Please enter the patient’s name (up to 30 characters).',
  'booking.err.mobile': 'The mobile number is not valid: enter an 11-digit mainland China mobile number, e.g. 13812345678.',
  'booking.err.email': 'The email address is not valid; leave it empty if you do not want email.',
  'booking.err.visitType': 'Please choose first or return visit.',
  'booking.err.reason': 'The reason can be at most 200 characters; it has {n}.',
  'booking.err.screening': 'Please answer every safety question.',
  'booking.err.consent': 'Online booking needs your consent to use this health information; otherwise please call {phone}.',
  'booking.err.form': 'This form is no longer valid; please open the booking page again.',
  'booking.err.full': 'This session is fully booked. You can join its waiting list or choose another session.',
  'booking.err.stopped': 'The clinic has cancelled this session. Please choose another one.',
  'booking.err.past': 'This session has already started or ended. Please choose another one.',
  'booking.err.tooLate': 'Online booking for this session has closed ({minutes} minutes before it starts). Choose another session or register at the hospital.',
  'booking.err.tooFar': 'You can book sessions up to {days} days ahead.',
  'booking.err.limitDay': 'One mobile number can hold at most {n} bookings per day.',
  'booking.err.limitDoctor': 'One mobile number can hold at most {n} upcoming bookings with the same doctor.',
  'booking.err.already': 'This mobile number already has a booking in this session.',
  'booking.err.keyReused': 'This form has already been submitted. To make another booking, open the booking page again.',
  'booking.err.notFull': 'This session still has places: you can book directly.',
  'booking.err.waitlisted': 'This mobile number is already on this session’s waiting list.',
  'booking.err.notMovable': 'This booking cannot be moved now.',
  'booking.err.cancelLate': 'Within {minutes} minutes of the session you cannot cancel or move online; please call {phone}.',
  'booking.err.pickSession': 'Please choose a new session.',
  'booking.err.notOffered': 'This service cannot be booked online at the moment. Please call the clinic.',
  'booking.screenOut.title': 'This treatment may not suit you right now',
  'booking.screenOut.body': 'Thank you for answering honestly. Because you mentioned {items}, {service} may not be safe for you right now, so no booking has been made. It does not mean you cannot be treated: book an ordinary consultation first, and the doctor will advise you in person on what suits you and when.',
  'booking.screenOut.consult': 'See consultation sessions',
  'booking.confirm.title': 'You are booked',
  'booking.confirm.lead': 'We have texted your booking to you. Keep the reference, or bookmark this page.',
  'booking.manage.title': 'My booking',
  'booking.ref': 'Reference',
  'booking.queue': 'Queue number',
  'booking.queueNo': 'No. {n}',
  'booking.doctor': 'Doctor',
  'booking.date': 'Date',
  'booking.period': 'Time',
  'booking.regType': 'Registration',
  'booking.address': 'Address',
  'booking.statusLabel': 'Status',
  'booking.status.booked': 'Booked',
  'booking.status.cancelled': 'Cancelled',
  'booking.status.checked_in': 'Checked in',
  'booking.status.no_show': 'Did not attend',
  'booking.stoppedNote': 'We are sorry: the doctor’s session was cancelled ({reason}), and so was your booking. You can move it to another session.',
  'booking.ics': 'Add to calendar (.ics file)',
  'booking.privateLink': 'The link to this page is private: with it you can view, move or cancel the booking, so do not share it. It stops working after your visit.',
  'booking.cancel': 'Cancel booking',
  'booking.cancelHelp': 'Your place goes to another patient and your number is not kept.',
  'booking.cancelled': 'Your booking has been cancelled.',
  'booking.bookAgain': 'Book again',
  'booking.move': 'Move to another session',
  'booking.move.title': 'Move my booking',
  'booking.move.pick': 'Choose a new session',
  'booking.move.submit': 'Confirm move',
  'booking.move.none': 'There are no other sessions to book at the moment.',
  'booking.move.sameDoctor': 'Other sessions with Dr {name}',
  'booking.move.otherDoctors': 'Other doctors who offer {service}',
  'booking.move.otherHelp': 'Moving to another doctor gives you a new queue number; your answers to the safety questions stay with the booking.',
  'booking.moved': 'Your booking has been moved.',
  'booking.waitlist.title': 'Waiting list',
  'booking.waitlist.waiting': 'You are on the waiting list, number {n}. When a place frees up we will text you and hold it for {minutes} minutes.',
  'booking.waitlist.offered': 'A place is held for you until {time} (hospital time). Confirm to book it.',
  'booking.waitlist.accept': 'Book this place',
  'booking.waitlist.leave': 'Leave the waiting list',
  'booking.waitlist.expired': 'The hold has expired and the place went to the next person.',
  'booking.waitlist.left': 'You are no longer on the waiting list.',
  'booking.waitlist.accepted': 'Your place on the waiting list became a booking.',
  'booking.waitlist.view': 'View the booking',
  'breadcrumb': 'Breadcrumb',
  'search.corrected': 'Showing results for “{q}”',
  'search.original': 'Search for “{q}” instead',
  'search.suggestions': 'Search suggestions',
  'search.suggest.hint': 'Suggestions appear as you type; use the up and down arrow keys to choose, Enter to confirm.',
  'search.suggest.count': '{n} suggestions available',
  'search.suggest.kind.article': 'Article',
  'search.suggest.kind.category': 'Category',
  'search.suggest.kind.doctor': 'Doctor',
  'search.suggest.kind.synonym': 'Related word',
  'articles.title': 'All articles',
  'articles.lead': 'Every medically reviewed article by our doctors, newest first. Articles are in Chinese.',
  'articles.filter': 'Filter articles',
  'articles.filter.category': 'Category',
  'articles.filter.doctor': 'Doctor (author or reviewer)',
  'articles.filter.all': 'All',
  'articles.filter.submit': 'Filter',
  'articles.filter.clear': 'Clear filters',
  'articles.count': '{n} articles',
  'articles.none': 'No articles match.',
  'articles.allCategories': 'All categories',
  'categories.title': 'Article categories',
  'categories.lead': 'Browse the articles by category.',
  'categories.count': '{n} articles',
};

const dictionaries: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zh, en };

export type T = (key: MessageKey, params?: Record<string, string | number>) => string;

export type Params = Record<string, string | number>;
/** A translation function over one dictionary's keys: `{name}` placeholders are filled from params. */
export type Translate<K extends string> = (key: K, params?: Params) => string;

function fill(text: string, params: Params | undefined): string {
  return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;
}

/**
 * The one i18n mechanism: a feature (or the platform) defines its dictionary, zh-CN first and an
 * English entry for every key (the type refuses a missing one), and gets a translator per locale.
 * Dictionaries live next to the pages that use them (`x.i18n.ts`, `x.admin.i18n.ts`).
 */
export function defineMessages<K extends string>(zh: Record<K, string>, en: NoInfer<Record<K, string>>): (locale: Locale) => Translate<K> {
  const byLocale: Record<Locale, Record<K, string>> = { 'zh-CN': zh, en };
  const made = new Map<Locale, Translate<K>>();
  return (locale) => {
    let t = made.get(locale);
    if (!t) {
      const dict = byLocale[locale];
      made.set(locale, (t = (key, params) => fill(dict[key], params)));
    }
    return t;
  };
}

// One translator per locale, so that what is rendered once per locale can tell it is the same one.
const translators = new Map<Locale, T>();

export function translator(locale: Locale): T {
  let t = translators.get(locale);
  if (!t) {
    const dict = dictionaries[locale];
    translators.set(locale, (t = (key, params) => fill(dict[key], params)));
  }
  return t;
}

/** The path prefix of a locale: '' for the default, '/en' for English. */
export function localePrefix(locale: Locale): string {
  return locale === 'en' ? '/en' : '';
}

// Building an Intl.DateTimeFormat costs ~100 µs and ~27 kB of native (ICU) memory that is only
// released when V8 collects the wrapper: built per call, the ~20 dates of an article page made an
// uncached server's RSS climb past 1 GB under load. There are a handful of combinations: keep each.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions & { timeZone: string }): Intl.DateTimeFormat {
  const key = `${locale}|${options.timeZone}|${options.month}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

/** Formats a calendar date ('YYYY-MM-DD') or an instant in the clinic's time zone. */
export function formatDate(value: string, locale: Locale, timeZone: string): string {
  const date = value.length === 10 ? new Date(`${value}T00:00:00Z`) : new Date(value);
  return formatter(locale === 'en' ? 'en-GB' : 'zh-CN', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: value.length === 10 ? 'UTC' : timeZone,
  }).format(date);
}

/** The calendar date of an instant in a time zone, as 'YYYY-MM-DD'. */
export function localDate(instant: Date, timeZone: string): string {
  return formatter('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

const numberFormatters = new Map<Locale, Intl.NumberFormat>();
/** A count in the locale's own digits grouping (1,234 in English; Chinese uses the same digits). */
export function formatNumber(n: number, locale: Locale): string {
  let f = numberFormatters.get(locale);
  if (!f) numberFormatters.set(locale, (f = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'zh-CN')));
  return f.format(n);
}

/**
 * The lang attribute for content stored in Chinese (titles, bodies, names) on a page of another
 * locale, so that screen readers switch voice (WCAG 3.1.2); undefined on Chinese pages, where the
 * page's own lang already says it.
 */
export function contentLang(locale: Locale): 'zh-CN' | undefined {
  return locale === 'zh-CN' ? undefined : 'zh-CN';
}

const monthFormatters = new Map<Locale, Intl.DateTimeFormat>();
/** A calendar month ('YYYY-MM' or a longer date): 2026年11月 / November 2026. */
export function formatMonth(value: string, locale: Locale): string {
  let f = monthFormatters.get(locale);
  if (!f) monthFormatters.set(locale, (f = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { year: 'numeric', month: 'long', timeZone: 'UTC' })));
  return f.format(new Date(`${value.slice(0, 7)}-01T00:00:00Z`));
}

const decimalFormatters = new Map<Locale, Intl.NumberFormat>();
/** A one-decimal figure such as an average rating, in the locale's notation. */
export function formatDecimal1(n: number, locale: Locale): string {
  let f = decimalFormatters.get(locale);
  if (!f) decimalFormatters.set(locale, (f = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 })));
  return f.format(n);
}
