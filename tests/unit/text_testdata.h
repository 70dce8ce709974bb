// Shared literals for the text-layer tests: real text from the example article
// (../shared/examples/raqqa-negotiations.ar.txt) and the English dev data (lgl.en.jsonl).
// Embedded so the tests never read outside the repository at run time.
#pragma once

namespace marsad::text::testdata {

inline constexpr const char* kRaqqaArticle =
    "This post is also available in: English\n"
    "مفاوضات تسليم الرقة بدأت بعد دمارها بشكل شبه كامل\n"
    "على الرغم من الهجمة المدمرة التي يشنها التحالف وقوات سوريا الديمقراطية ضد تنظيم داعش في "
    "الرقة، لم تستطع تلك العملية العسكرية أن تنهي وجود التنظيم داخل مدينة الرقة بعد مرور 4 أشهر "
    "على بدئها، حيث قُتل خلالها كثير من الضحايا الموجودين داخل المدينة، عدا عن دمار النسبة العظمى "
    "من المباني السكنية.\n"
    "وقد بلغت خسائر القوات المهاجمة التي تنضوي جميعها تحت لواء قوات قسد أكثر من 4000 قتيل، ما عدا "
    "المصابين بجروح وإعاقات جسدية. لذا كان من الضروري السعي إلى إنهاء هذه المعاناة التي استنزفت "
    "الجميع؛ حيث انطلقت مفاوضات كانت في البداية غير معلنة جرت بشكل غير مباشر من قبل وجهاء من الرقة "
    "موجودين خارج المدينة مع بعض قيادات التنظيم التي تعتبر من أبناء الرقة موجودين داخل المدينة، "
    "واجتمعوا بقيادات من قوات التحالف وقسد في عين عيسى للعمل على تجنب مزيد من الدمار والقتلى، بحسب "
    "ما أكد مصدر خاص للرقة24، مشيراً إلى أن المفاوضات قد وصلت إلى مرحلة متقدمة.\n"
    "وأوضح المصدر أنه تم الطلب من قيادة قسد أن تكون المفاوضات مباشرة، ووصلت المفاوضات بين قيادة "
    "قسد وقيادة التنظيم إلى اتفاق كامل يضمن الخروج الآمن للجميع من المدينة المحاصرة بالسلاح "
    "الخفيف إلى مناطق سيطرة التنظيم في البادية أو في دير الزور.\n"
    "وقال المصدر: “كان من المفترض أن يتم التنفيذ منذ يومين، ولكن عندما تم عرض الاتفاق على "
    "الأمريكيين قوبل بالرفض”. وبحسب المصدر، تم تقدير العدد بـ 150 مقاتل تقريباً لايزالون داخل "
    "المدينة، وهم بالمعظم من أبناء الرقة المنتسبين للتنظيم.\n"
    "ويقول أحد المدنيين الذين خرجوا من المدينة المحاصرة أن حوالي 7000 مدني لايزالون داخل "
    "المدينة. قائلاً: “المئات من جثث الأشخاص تحت الأنقاض”.\n";

inline constexpr const char* kLglEnglish =
    "Alexandria woman charged in connection with Kelleyland fire. Chiquita Raquel Henry, 19, of "
    "1935 Orchard St., Alexandria, was arrested and charged with aggravated arson and unauthorized "
    "entry of an inhabited dwelling. Both the Sheriff’s Office and Rapides Parish Fire District 2 "
    "investigated the March 7 fire at 6016 Dublin Road that led to Henry’s arrest. Around 7:35 p.m. "
    "Sunday Alexandria Police went to Warden’s Memphis Street home.";

inline constexpr const char* kIdrisiTweet =
    "بعد #انفجار صوامع #القمح ..! غدا بيصحى اللبنانيين بلا #خبز ..!! بتعطيهم #إيران خبز..!؟ "
    "#لبنان #لبنان_ينهار #بيروت_مدينة_منكوبة";

}  // namespace marsad::text::testdata
