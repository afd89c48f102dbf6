import { foldText } from './fold.ts';

/**
 * The article's places as members whose first language is not English write them: "Rusya" and
 * "Tahran" (Turkish), "Russie" and "Moscou" (French), "Siria" and "Estados Unidos" (Spanish),
 * "Moskau" (German), "Suriah" (Indonesian), "Rossiya" (Russian), "Suriye" (Persian and Turkish), "Sirija"
 * (Croatian, Serbian), "Azerbajdžan" (Slovak, Czech), and the names in Cyrillic and Arabic script.
 * Since the eleventh session also the forms a helper listed from its own knowledge of languages
 * (never the article or a question set): Latin-script names in about seventy more languages
 * ("Urusi" Swahili, "Rūhia" and "Iharaira" Māori, "Venäjä" Finnish) and the usual romanisations
 * of other scripts ("Eluosi", "Roshia"); a form that is an English word, a word of the article,
 * a name of its people, a form of two places, or one slip from a common English word that is not
 * the place's own ("kina" is "king" typed) was left out. The twelfth session added what three more
 * helpers listed region by region for some two hundred languages ("Roseya", "Isiraeri",
 * "Etazini", "Buraya"), through the same filter; the forms for Saudi Arabia were left out,
 * as they made "arabia" one of Saudi's names and "is he from saudi arabia" lost a known word.
 * Keyed by the English word the article uses; every entry is a name or adjective of a place,
 * never an English word of its own ("Irã" folds to "ira", which is the IRA; "Europa", "Rus",
 * "chino" are left out for the same reason). They are folded here as `foldText` folds a question,
 * so "İsrail" is "israil".
 */
const BY_ENGLISH: ReadonlyArray<readonly [english: string, names: string]> = [
  [
    'russia',
    'rusia rosia rasia rusha rusya russie russland rusland rossiya rossiia rossija rossia rusiya rusiye rusija rosja rusko russlands россия россии روسيا روسیه urusi rassiya ryssland krievija venaja venemaa oroszorszag rwsia errusia russja rusio rusujo ruhia ruushka uburusiya roshia rashiya irashiya rrusia russiya orusiya rousiya rusiyeh rousiyeh rashya rosiia rosiya rosija ruseti rusastan eluosi reosia rutsia ratsia rasiya rasija rossiyu venajan rashia roussia lasha roseya riisi roosya rrusya urusiya rwsya rousia rrasha larusi ruusi erashiya ruusiyaa raashiya rousie rashea ruushya russya rhaxiya rasya rushia rushiya rachia raxia rusiyava rusiyawa roosiya resei orsyyet rastan orsiychoh ngolosi rassia rashka rasieja rusiq rasay rascey rassey',
  ],
  [
    'russian',
    'ruso rusos rusi rusa rusas russe russes russo russi russisch russische russischen rus ruslar russischer русский российский روسی russos russas russen russin russisk russiske ryska ryssar rosyjski rosyjska rosyjskie rosyjskiego rosjanin rosjanie ruska ruske rusove ruski rusku orosz oroszok venalainen venalaiset venelane venelased krievu krievs krievi rusai rusiskas rusesc ruseasca rusca rusyali orys orystar kirusi mrusi warusi russneskur russneska russar rwsieg rwsiaid rwsiaidd ruisis ruiseach ruiseanach errusiar errusiera russu rusoj rusaj russies rosiana russkiy russkij russkii russky russki russkaya russkaja russkoe russkie rossiyskiy rossiiskii rossiyskij rossiyskaya rosiyskyi rosiiskyi rosiyany rosiki rosikos rusuli rusakan roshiajin roshiago rashiafo rrous roussiyin rusiyawi rashiyawi rusawi rusiyawiyan rusoch rashiyawiyan risika rusika risikaw rusikaw umurashia abarashia rusus arusi irusiyen murasha arasha roosy rosyeen rusiat rusiagbe rusiatowo riisiyanke rusiyanke riisiyankoobe rusiyankoobe rashiani rashiabii roosi rashanci rashawa rusit rusim rrusi rrus aarashia murashia arashia umurusiya ikirusiya umurusi abarusiya abarusi rashian rusekan rousi rusiyye omurasha olurasha abarasha jarashia jorashia rusiyin rashan rashans umrashiya amarashiya morashia barashia marashia ruusii raashiyaanota ruusota omurashia omurusia aarusia morashea serashea barashea chirasha varasha marasha ruushi ruushta emarashiya rusat rusawyan varashia isirashiya murhaxiya varhaxiya marhaxiya roosiyon rushiyan rashiyan rushiyanra russiyan rashyan russiyar russiyargal rashyankal rashyanlu rashyanru rashyakkaran russiakkar rashyakkar rushian rachian ruchiyan rusiharu rusiyanu rusiyan rusaan rusiyo ruscha orus orustar orslar rusebi orsiy orsash eluosiren eguoren reosiain reosiaeo oroschuud orosuud rossiyane russkiye ruskyi rosiiany rasiyski rasijski rasiyane rasiejcy ruscy ruskie rusaci rusnak rusnatsi rusnaci rusii ruszki ruszkik russer russere russerne errusiako errusiarrak rwsikos rosoi rwsoi ruset rwseg rwsiad ruisigh roushian russesch russysk russsch russn rusish uris urys urislar uryslar urystar vyras vyrassem rusokuera rusonan',
  ],
  [
    'moscow',
    'moscou moscu moskau mosca moskova moskwa mosku mosko moskva kreml москва кремль موسكو مسکو maskva moskou moska moszkva maskava moscova moskvo moskow moscfa mosco moscobha moscha moskovi musku mosike mosukuwa moseukeuba moskve moskvy moskvi moskvu moskwie moskwy moskovan moskovassa moszkvai matxcova moskovskiy moskovu moskuu hakremlin mosikou kremle moosko kuremulini moskoa imosko mooskoo kiremliin kermelin moscovo emosko maasko moskko moskav kremlinaya maskav maskeu kelimulin kuremurin keuremlin moskba kremel kremelj kremlj kremal kremlinul kremlius cremlino mosxa mosha cremlinu mosche maskaw maskau muskav',
  ],
  [
    'iran',
    'иран ایران إيران ايران iranu iranie iraan uajemi iiraan iarain yilang iranul iranas iranem perzie pesia perisiya faaris eeran farisa peshia pashia ubuperisi yiraani liran ajemi iyirani iphesiya iperisiya parasya paroshyo parshiya persiya paarasigam iranaya parshiyava persiyawa eyran sparseti parskastan yilong persi persya airan persija persiia persja perzia perzija persiq perzsia pertsia perzje persye',
  ],
  [
    'iranian',
    'irani iranies iranien iraniens iranienne iraniennes iraniano iranianos iraniana irano iraniani iranisch iranische iranischen iranli iranlilar иранский ایرانی iranianas iraniane iraner iranier iraans iraanse iranees iraniese iransk iranske iranska iranski iranskie iranczyk iranczycy iransky iranec iransko iranilainen iranilaiset iraani iranieciai iranietis iranieni eronlik eroni iranos iranikos iraniki iranuli iranakan iranit iranim iraniya iraniyah iraniyya iraniha iranskiy iranskij iranskii iranskaya iranets irantsy iranskyi iranskyy iranjin iranaj iranano iranskur iranaidd iaranach irania iranios iraniers iranese persies iranni iranfo pesiani iraniyin iranawi iranawiyan iranoch farsca iranka irankaw airani erany iranyeen iranyanke iranyankoobe faarisi eerani ajami iraniyawa farisanci bafarise parsit iraniyen afarsi muirani umunyairani umunyayirani abanyairani abanyayirani umuperisi igiperisi iraniyan farisi erani iraniyekan iranyekan iraniye omuyiraani abayiraani jairan joiran iraniyyun liraniyin iiraanii iiraanota faarsii moirani bairani vairani iiraani iiraaniyiinta iiraaniyiin faarsi mwirani wairani mwajemi kiajemi kifarsi iranawyan umirani umphesiya iraniyon iranira parshiyan iraniyar iraniyargal iraniyanlu parasika paarsi pershyan iraniharu iranaye eroniyon eroniho forsi porsi tojiki irandyk irandyktar eronliklar forscha eyranly eyranlylar iranliq parsche iraneli iranelebi sparsuli iranci iranatsi irancinner iranciner parskakan parsik yilangren bosiyu bosiren perushago perushajin iranin pereusiaeo persyano irancy persidskiy persidskij irantsi perskyi perskyy persidski perski persky perzsky perzijski iranac persijski persiski persiyski iraniak perzsa persialainen iraanlane iraanlased parslane iraniesi persiesu persietis persas persisk perser iranere iranar persneskur persisch perzisch irandar irango irandarrak pertsiar iranoi persikos iranianet iraniaid persaidd perseg iaranaigh peirseach peirsis iranesch persesch iraansk perzysk persish iranjan iranjani sparseli iranyen pesan',
  ],
  [
    'tehran',
    'teheran tegeran tahran teeran teera teheraan тегеран طهران تهران teerao teheranu teheranie tehron tehroon tehrun tehrani tehraan deheilan teherana teheranas teherani teherano tegerane teheranissa tahraan itehran thehran teirani',
  ],
  [
    'syria',
    'siria sirija suriye syrie syrien siriya suriya suriah sirya syrii сирия سوريا سوریه sziria syyria suuria syrland sirja suuriya soriya souria sooria suriyah suriyeh souriyeh sooriye syriia syriya xuliya souriya souriyah sirii siliya soorya sorya suria sooriya sourya busiriya lasiri siriyaa siiriya isiriya seeriya shaam chiria siriyava siriyawa shiria xyri hiria siryya siryja siriq syrje sirye',
  ],
  [
    'syrian',
    'sirio sirios siriana syrienne syriens syrisch syrische syrischen suriyeli сирийский sirianos siriani siriane syriennes syrer syrier syriers syrisk syriska syriske syryjski syryjska syryjskie syryjczyk syryjczycy syrsky syrska syrske sirijski sirijska sirijske sziriai syyrialainen syyrialaiset suurlane sirietis siras sirian sirieni suriyeliler suriyali suriyalik syriakos syriaki siriuli siriakan surim soori siriyskiy sirijskij siriyskaya siriytsy syriiskyi syriyskyi shiriajin sirianoj syrlenskur syrlenska syriaidd siriach sirjan siriar sirier souri soriyawi suriyawi sirika siriu asuri siriat siriyanke basiriye umunyasiriya omusiriya sirien sooriyaawaa mosiria suuri suuriyaan msiria mshamu suryawi umsiriya seeriyai siriyai suriyai siriyan siriyar siriyali siriyanu suriyayi suriyagi siriyalyk siriyaly suriyelik sirieli siriaci siriatsi xuliyaren siriain siryano siriyskyi siryjski siryyski sirski siriski siriyski sirijas sirijos siriano syrios syresch syrysk sirianu siryen',
  ],
  [
    'damascus',
    'damas damasco damaskus dimashq дамаск دمشق damaszek damasek damasc damaszkusz damaskos dhamaskos damaskas damaska damasko dameski damasq demesq damashq damasku damaisc dimashk dimachq dameshq dameshgh dameshk damishq damishk damesek dameseq damaski damashige damasukasu damaseukuseu dimesq dimishiq damsyik demasko damasiko demesh damaas dimashka dameshek ccam damasi dimeshq damaskosy idamaseku damaseko damaaskoo demeshq damaseka dimishq edamaseko dimachk idamasko edamasko damasiku edamaseku damaseku damesk dhamaskas damat damascu dimasq',
  ],
  [
    'israel',
    'israil izrail israele yisrael израиль اسرائيل اسرائیل izrael izraela izraelu isroil izrailya izraile izrailia izrayil israyel yisroel israeel esrail esraeil isuraeru iseuraelle itsaraen israila isireli isirayeli israaiil iisrael izraelis iosrael israelo iharaira isaraelu iseraela israely israeri izrayel israels israelin esrael isilaeli esraeel israayiila israayila izrel israyil isaele isiraheli isalaele isirayiri yisirayiri isiraeri isreal isiraely israyele isiraele israael israaeel iseraele isalele isaleli esirayeli isirayele israyal izraail ijrayal isrel ijrail ijrael ishrayalaya israyalaya israelaya ysrayyl yiselie isuraelle itxraen itsalaen isalaelu isileli israhl',
  ],
  [
    'israeli',
    'israelien israeliens israelienne israelisch israelische israelischen israelita israilli израильский israeliano israeliana israeliani israeliane israelitas israelense israelenses israelier israeliers israelisk israeliska israelske israeler izraelski izraelska izraelskie izraelczyk izraelczycy izraelsky izraelec izraelci izraelske izraeli israelilainen israelilaiset izraelietis izraelio israelian israelieni israilliler isroillik izraelit izraelite israilinos israeluri israelakan yisraeli yisraelim yisraelit israili esraili izrailskiy izrailskij izrailskaya izrailtyane izrailtyanin izrailskyi izrayilskyi isuraerujin israela israelano israelanoj israelskur iosraelach israelia izraeljan israelni israelfo israiliyin esraelawi israelawi esraelawiyan esraeloch isirayelika isirayelikaw abaisilaeli izraelita izraelitas aisraili aisraeli aisiraeli esraely israeltowo israayiilanke israayiilankoobe israelnyo israelbii esraeeli bayahude yahudawa israilawa yisreeli israiliyen muisilaeli aisilaeli muisiraeli umunyisiraheli umwisiraheli abisiraheli abanyisiraheli umunyisirayeli abanyisirayeli izreli israiliyan israiliyekan israeeli bayuda omuyisirayiri abayisirayiri abayudaaya jaisrael joisrael isiraeliana izraelien lisrailiyin isreali umsirayeli abasirayeli moisiraele baisiraele israaelii israaeloota omuisraeli aaisraeli esraeili esraeiliha israilia omwisiraeri abaisiraeri moiseraele baiseraele muisraeri muisiraeri vaisraeri maisiraeri israaiili israaiiliyiinta mwisraeli muisraeli waisraeli emasirayeli esraelawyan muisiraele vhaisiraele israyelien amasirayeli muisrayele vaisrayele umisrayeli izraili israiliyon israilira israyli israyeliyargal ijrayali israyali ijrayaliharu ishrayala isroili isroiliyon izraildik izraildikter isroilliklar ysrayylly israilliq israeleli israelelebi israelci yiselieren iseuraellin izrailtjane izrayiltiany izrailtiany izrailski izrailtsyane izrailciane izraelcania izraeltsi izraeliek iisraeli iisraellased izraelas izraeliesi izraelieciai israelsk israelere israelar israelians israeldar israelgo israeldarrak israhlinos israilinoi israhlinoi izraelitet israelaidd israeliaid iosraelaigh israelesch israelysk yisroeldik yisroelish izraeljani israyelakan israyelciner izrayelyen izraelyen',
  ],
  [
    'turkey',
    'turquie turquia turqia turkiye turkei turchia turtsiya turkiya tyrkiet турция تركيا ترکیه turkije turkiet tyrkia turcja turecko turcia torokorszag turkki turgi turcija turkija turska tyrkland turkaland twrci tuirc turkia turkio turkujo uturuki turkiyya torkia torkiye torkiyeh turciya turtsia turtsii turechchyna turechchina tourkia turketi tuerqi toruko teoki twireukiye tirkiye turtsyya turcji turecku turkye turkiy turiki tuluki turkya torkya torkeya toki tturk turuki turukiya turikiya tirkya ttuluuki tiorkia latirki turkiyee torkie iturkey ithekhi tarki turoshko turosko turkastan thurkki thurkiya turqeti turaki tourki turechyna turcyja turciq tuerkei turqi tierkei turggei tirkei terkay tirkay turchie torkiya',
  ],
  [
    'turkish',
    'turco turcos turca turc turque turkisch turkische турецкий turcas turchi turche turques turkischen turken turke turkse turkisk turkiska turkar tyrkisk tyrkiske tyrker tyrkere turecki turecka tureckie turcy turecky turecke turci turski turske torokok turkkilainen turkkilaiset turkas turkai turkiskas turcesc turceasca turkce turkler turkcha turqisht tyrkneskur tyrkneska twrcaidd twrceg tuircis turcach turkiar turkiera mturuki waturuki kituruki turko turka turkoj torki turetskiy tureckij turetskaya turok turetsky turetskyi tourkos tourkiko tourkikos turkuli turquli turkakan turkit torukojin torukogo tirki turkini turkawi turikika aturki torky turkiyanke baturke turkanci atturki umunyaturukiya igiturukiya omuturki tiorka isithekhi thurki turqakan tuerqiren tuerqiyu teokiin tureckiy turetski turklane tuerkisch turkiako turcu tuirceach tierkesch torksch turksch turggisch tirkisch terkish tirkish',
  ],
  [
    'america',
    'amerika amerique amrika eeuu eua ssha сша америка امريكا أمريكا آمریکا امریکا ameryka marekani amurka imelika melika mareykanka maraykan ameerikaa marikena amerik meirica ameireaga ameriko usono bandarikin amerikka yhdysvallat ameerika ameriki amerike ameriku ameryki ameryce ameriky amreeka amreka amirka amriko meiguo beikoku miguk shtaty etazini merka amereka merika marikan emerika emrika amerka etazonia lamerik zetazini merica emelika amerikaa amerikha imerika juktorashtro amerikava amerikawa ashsh meizhou meigwok gasshukoku migguk mihapjungguk saharat americ amelikas zsha sasht shtatite jenkkila uhendriigid staterna statene staterne staaten ameriketa amerikh shba meiricea amearika mmerica americhe ozetazini etazi amirika merki',
  ],
  [
    'american',
    'americano americanos americana americain americains americaine amerikanisch amerikanische amerikaner amerikan amerikali estadounidense estadounidenses estadunidense американский americanas americani americane americaines amerikanischen amerikaans amerikaanse amerikanen amerikaan amerikansk amerikanska amerikanske amerykanski amerykanska amerykanskie amerykanin amerykanie americky americka americke americania americki amerikanski amerikanac amerikanci amerikai amerikaiak amerikkalainen amerikkalaiset ameeriklane amerikanis amerikanu amerikietis amerikieciai amerikalilar amerikalik amerikane amerikanet ameriskur bandariskur americanaidd meiriceanach ameireaganach amerikar estatubatuar estatunidenc estadunidenses norteamericano norteamericana norteamericanos statunitense statunitensi amerikana usona usonano usonanoj mmarekani wamarekani baamurke amurkawa amerikano merikan ameriken meriken amriki amreeki amerikani amrikiya amrikan amrikayi amrikai amerikanskiy amerikanskij amerikanskaya amerikanets amerikantsy amerikanskie amerykanskyi amerykantsi amerikanos amerikaniko amerikanikos amerikaniki amerikuli amerikeli amerikyan amerikait meiguoren amerikajin amerikaners amerikafo lamrikan amerikawi amerikawiyan amerikanoch amerikika amerikiden amerikikaw amerikidenw umwamerika abaamerika merkanu merkanus amerikanus amirikani imirikaniyen mwamerika amrikany amreekany amrikanyeen amerikat amerikato amerikatowo amerikanke amerikankeejo amerikankoobe amerikanyo amerikabii amerikaim amrikani amarikani imarikaniyen imrikaniyen mumelika aamelika mumarekani muamerika amarekani umunyamerika abanyamerika umunyamerike abanyamerike merikin emeriki emerikiyan emriki emrikiyekan amrikiyekan amerkeni amirkani amerkani amerkan amreekan mumerika omumerika omwamerika abamerika jamerika jomerika amerikin amerikain amrikiyyun mirikani merikani mirikaniyin lmirikan umelika amamelika moamerika maamerika baamerika ameerikaanii ameerikaanota omuamerika amrikaei amrikayiha amrikaia amrikaya moamerikane vamerika emamelika bemelika amerikawyan amerikanat vhaamerika umerika umamerika amamerika vaamerika umamelika abamelika amrikans amrikiyon amerikanra markinira amerikkan amerikkar amerikkargal amerikanlu amerikanollu amerikanru amerikkakkaran amerikkakkar amerikiharu amerikanharu amrikaye amrikayan amrikayaan amrikaie amrikaiha amrikoi amrikoyi amrikoiho amerikandyk amerikalyk amerikandyktar amerikalyktar amerikaliklar amerikaly amerikalylar amerikiliq amerikiliqlar amerikelebi amerikaci amerikatsi amerikacinner amerikaciner meigwokyan migukin amerikuud amerikchuud aripa amerikang kaimerika amerikos amerikancy amerikosy amerykanets amerikanskyi amerikantsi amerykantsy amerykancy jankes jankesi amici ameriski ameri amerikanec jenki jenkik jenkki jenkit janki ameeriklased jankid jenkiji amerikieciu amerikietiskas amerikonai jankare amerikanere amerikanerne bandarikjamenn kanar ricains gringos ianqui ianquis amerikarra amerikako amerikarrak amerikanoi americanwr americanwyr poncan meiriceanaigh poncain amerikanesch amerikaansk amerikaansch amerikanish mericanu mericani miricano mericano miricane amerikanlar amirikanu gringokuna gringonaka amerikagua americanokuera gringokuera gringomeh gringoob merikano merikanonan amerikanonan',
  ],
  [
    'britain',
    'bretana britania britanya grossbritannien inglaterra angleterre ingiltere inggris inghilterra britannia британия англия بريطانيا انگلیس bretanha bretagna bretagne bretanya britannien storbritannien storbritannia grootbrittannie brittannie brittanje grootbrittanje brytania brytanii britanie britanija nagybritannia isobritannia suurbritannia lielbritanija britaniya bretland prydain breatain bhreatain breatainn brittanja britio britujo grandbritio uingereza birtaniya ingila ingiriiska inggeris baritanya biritanya beritania engelis engelestan bartaniya bartania bartanya velikobritaniya velikobritanii angliya brytaniia velykobrytaniia brytaniya vretania britaneti yingguo buliedian dabuliedian igirisu eikoku yeongguk yongguk angkrit bretania inglatira biritaniya angileteri bwingeleshi ingilandi inglatera bilitani inglandi beritanya engeltera ingiltera enjeltra englisinyigba angalteer anglateer angalteeri bireetanya ingilterra ingiltra engeltra lngliz anglitira ngeleesa ngeleza angeletele ngeretha ingeretha ubwongereza bwongereza angilitere inglan britin ingilistan englistan bereetanya ingltra inglitra inglatra angeletere engeletere bungereza bungeleza ingeresa ingresa angletera langleter angleter baritaniya inkiltra ingiltira ngliterra ibhilithani engilandi boritane brithane engelane biriteen biritaaniyaa ingilaand ingiliiz ingilanda bungyereza angletere borithane beritane bhiritani ngirandi ingirandi biritaaniya ingriis ingereza englizi nglatra ingalatela ngilande ingilande ibritane ebritane britane engilane ingilane britheni ngilandi ebhilithani inglaind inglend bartaanya inglistan bilat bilet inglyand vilayat inglanda birittan inglandu ingilaandhu belayat bruthanya engalanthaya angalanthaya englanthaya britaniyo ulybritaniya engliye britaniye yinggelan yinggwok ingurando inggeullaendeu inji egelani ingilani ingarangi enelani peritania anglija angliia anhliia brytanija vialikabrytaniya anhlija anglicko engleska angliq englanti inglismaa anglaterra britainia ingalaterra lloegr sasana breetain groussbritannien ingelan grootbritannien engelland grossbritannie britanye nghilterra inghiltera inghiltere anglete ingrisikondre',
  ],
  [
    'british',
    'britanico britanicos britannique britanniques britisch britische ingles anglais ingiliz britanica britanicas britannico britannici britischen briten britse brittisk brittiska britisk britiske brytyjski brytyjska brytyjskie brytyjczyk brytyjczycy britsky britska britske britanski britanska britanske britanac britanci brittilainen brittilaiset britti briti britid britu britas britai britanic britanici britanyali ingilizler britaniyali ingilis britaniyalik ingliz britanik britanike breskur breska bretar prydeinig briotanach breatannach britainiar brittaniku britoj mwingereza waingereza ingiriis britani baritani britaniyya ingilizi britaniyai bartanvi bartanwi angrez britanskiy britanskij britanskaya britantsy britanets brytanskyi brytantsi vretanos vretaniko vretanikos vretaniki britaneli britanuli britanakan britit britim yingguoren igirisujin aborofo biritish englizawi umwingeleshi abangeleshi britaniku angliz mngerezi wangerezi angerezi beritany engelizi angalteeriyanke ingleezi ingilishi bekee anglizi mungeleesa angeleesa mwangele mungeretha angeretha umwongereza icyongereza abongereza beritani engleze inglizi omungereza abangereza jaingeresa britanika negliz umngisi amangisi biriitish ingiliiza omuingilisa engelisi beritaniyayi omwingyereza abangyereza moenyesemane mubhiritani emangisi britanawi mungerezi umngesi amangesi umbritane geesi umbhilithani angrezi ingrej britis ingrejra bilati ingrez ingraj angrej angrejo britishkaaran aangilaeyar britishvaallu aanglalu britisharu aanglaru britishukar britishukaar ingreji ingraja belayati ingrisi ingreesi bartanawi angrezan britaniyogi britandyk agylshyn britaniyalyk inlis engliyelik inglisuri angliaci yinggwokyan yeonggugin injipa britaniko ingarihi kaiperitania britanskyi brytanski britainiarra britanicu bretanos prydeiniwr breetish britesch britsk britsch britannicu ingisi',
  ],
  [
    'europe',
    'eropa avrupa evropa европа اروبا اروپا avropa yevropa avrupo yewropa ewrop eoraip eorpa europo eiropa euroopa eurooppa ulaya yuroopu yurophu yurub yurop awurooppaa awropa eoropa uburayi yuropu uropi iulope eulopa uropa eropah ewop ewropa urubba orobba awrubba orouba orupa oroopa urupa yoorop iurop jevropa yevropy evrope evropy yevropi evropi eyropa ouzhou yoroppa yureop europ evrop europie europy aburokyire abrokyire oroba leurope awrupa tubabudugu toubaboudougou orooba yevunyigba oroppa turai mputu ruraya uraya burayi uburaya buraya ewrupa erope bulaaya lerop uruba iyurophu yuropa awrooppaa oyuropa kuyuropu yurup uputu tugal eyurophu yorap yurap iroppa europpa yooroppu europpu yuropaya europaya aurupo yawropa yooroppa eulop yulop yeuropa jeuropa eurwph eyrope iwrupa',
  ],
  [
    'european',
    'europeo europeos europea europeas europeen europeens europeenne europaisch europaische europaischen avrupali европейский europei europee europeu europeia europeus europeias europeennes europaer europees europese europeaan europeanen europeisk europeiska europeer europaeisk europaeiske europeiske europejski europejska europejskie europejczyk europejczycy evropsky evropska evropske evropan evropane europsky europska europske europljani europljanin evropski evropljani europski europai europaiak eurooppalainen eurooppalaiset europietis europieciai europeana europeni europene avrupalilar avropali yevropalik evropian evropiane evropskur ewropeaidd eorpach europar ewropew ewropea europano europanoj uropeo urubbi orobbi urubi oroubi awrubi orupai orupayi yevropeyskiy evropeyskiy evropejskij evropeiskii yevropeyskaya evropeets yevropeytsy evropeytsy yevropeiskyi yevropeyskyi evropaikos evropaiki evropaios evropaioi evropuli evropeli yevropakan evropakan eiropi europi yoroppajin oburoni obroni orobi oropi awropawi awrupawi tubabu toubabou tubab umusungu umuzungu musungu uropeu arumi mzungu oroby yevut tuubaak tubaako blofonyo baturiya eropi arrumi muthungu mundele mindele muraya umunyaburayi umunyaburaya yuropian ewropi ewrupi orobbe mondele omuzungu omulaaya jamwa jaulaya eoropeana vazaha eropeen eropein nasaara nasara umlungu umkhiwa makgowa awurooppaawaa omulumbu omuyuropa oroopaei oroopayi munzu mbunzu moeuropa makgoa muyuropu yurubiyaan yurubi mwulaya umyurophu aurubi ewropawi mutoka muzungu wazungu ndele omundele makhuwa tubaab toubab valungu yuropiya yooropiya europeean yorapi yurpi iuropiyo europiyan yuropi yuropiyan iroppiyar europpiyan europyan yooroppyan yuropeli europiya urupayi urupai avrupoi yevropai evropalyk europalyk yewropaly yawropaliq evropaci ouzhouren yooroppajin yureobin evropiin uropanhon papalagi palagi palangi papalangi pakeha kaivalagi evropeiskyi yeurapeyski jeurapiejski evropeyski evropeiski eurooplane eiropas eiropietis europos europaeer europaeisch europako europaikos europian ewropead europaesch europeesk europaasch eyropeish awrupali ewopeyen europagua',
  ],
  [
    'china',
    'cina cin tiongkok chinois chinesisch китай الصين چین chiny kitajska kitai kitaj kytai kytay kiina hiina kinija xitoy qytai hytay hyatad khyatad khitay xitay tsieina cinio cinujo uchina caina shiinaha shiina chayna siaina cheena chineti chinastan zhongguo chungkuo chugoku chuugoku jungguk junggug tayoke chinach kitaya sjina kyaena sinuwa xina kuchaina tsaina ubushinwa bushinwa shinwa buchina chayina lasinn lasine ishayina etshayina tshaena chaena chaayinaa chayinaa ochina shaina bushaina tjhaena kuchina shiinayska eshayina essin tshaina itshayina tshayina shayina chinaya cheenaya hitoy junggo tianchao chungguk gyanak tayote tarote tsina jaena saena haina jaina kitay txina khine qitay lachin chunwa sneisikondre',
  ],
  [
    'caspian',
    'caspio caspienne kaspische kaspischen kaspiy hazar khazar каспийское قزوين خزر caspia kaspisches kaspiska kaspiske kaspijskie kaspicke kaspijsko kaszpi kaspianmeri kaspia kaspijas kaspijos caspica xezer kaspik kaspiahaf chaisp kaspiar caspi kaspju kaspiyo kaspiyskoye kaspiyskoe kaspiiskoe kaspiyskogo kaspiiske kaspiyske kaspiis hakaspi kasupikai kaseupihae kaspiin caspium lihai kaspihavet kaspisee',
  ],
  [
    'azerbaijan',
    'azerbaycan azerbaidjan azerbaiyan aserbaidschan azerbaidzhan azerbajdzan azerbejdzan азербайджан azerbaigian azerbaijao azerbeidzjan azerbajdzsan azerbaidzan aserbaidzaan azerbaidzana azerbaidzanas ozarbayjon azerbayjan azerbajxhan aserbaidsjan azerbajdzjan aserbajdsjan aserbaijan asarbaisean azerbajgan azerbajgano aserbayan asarbayjan azarbaijan adharbayjan azarbayjan azerbaydzhan azerbajdzhan azermpaitzan adrbejan asaibaijiang azerubaijan ajereubaijan azerbeycan azerbaijana azerbeidjan azerbijan azerbigan azerbaygan azarbigan azerbeijan azebaijan azerubayijani azarbijan adrabijan azarbaajaan asarbayjaan azabajani aserbaijani ajarbaijan asarbaijan azarbaijanaya ozarboyjon azerbaizhan ezerbeyjan adecbaigian acerbaixan azerbaitzan asarbaiseain azerbaitjan azarbaycan azerbejan azebaydjan',
  ],
  [
    'saudi',
    'saudita sauditas saoudite saoudien suudi saudiya سعودي السعودية saoudienne saoudiens saudiarabien saudiarabia saoedi saoedisch saoedische saudyjska saudyjski saudyjskiej saudska saudsky saudova saudijska saudijski szaud szaudi szaudarabia sauda saudo seudiyye saudite sawdi shadach sawdija saudia saudiyya sacuudi sacuudiga saudiah alsaudiya suudiya saudovskaya saudovskoy saudovskiy saudivska saoudiki saudisch saudische saudiarabisch',
  ],
];

/** Two-word names, read as one: "Estados Unidos" is "America". */
const PHRASES_BY_ENGLISH: ReadonlyArray<readonly [english: string, phrases: string]> = [
  [
    'america',
    'estados unidos, etats unis, stati uniti, amerika serikat, vereinigte staaten, birlesik devletler, verenigde state, lwilayat lmuttahida, stadus unidus, tarayyar amurka, kasar amurka, artzot habrit, arzot habrit, artsot habrit, obodo amerika, mba amerika, yunaited stet, dewleten yekbuyi, wilayete yekgirtwekan, wilayeta yekgirtuwekan, amerik tenga, biyya ameerikaa, eyalat mottahede, dowladaha midoobay, ilu amerika, sanyukt rajya, mutahida riyasat, markin juktorashtro, sanyukta sansthane, aikkiya amerikka, sanjukta rastra, sanyukta rajya, eksath janapadaya, mutahida ayalatuna, iyoloti muttahida, meilijian hezhongguo, mei gwok, amerika gasshuukoku, saharat amerika, saharat america, saharoth amerik, ameyikan pyidaungsu, mes kas, amerika syarikat, estadus unidus, yunaitet stets, iunaite setete, soedinennye shtaty, spolucheni shtaty, zluchanyya shtaty, zlucanyja staty, stany zjednoczone, spojene staty, zdruzene drzave, sjedinjene drzave, statele unite, egyesult allamok, ameerika uhendriigid, savienotas valstis, jungtines valstijos, forenta staterna, verenigde staten, estats units, estatu batuak, estaos xunios, inomenes polities, unol daleithiau, unitit states, vereenegt staaten, feriene steaten, vereenigte staaten, vereinigti staate, fareynikte shtatn, stat unii, istados unidos, istadus unidus, miacyal nahangner',
  ],
  [
    'britain',
    'gran bretana, grande bretagne, grand bretagne, reino unido, royaume uni, regno unito, birlesik krallik, inggris raya, groot brittanje, aborofo man, engiresi man, boyuk britaniya, gran bretanha, obodo bekee, gran bretagn, buyuk britanya, ile geesi, ilu geesi, uly britaniya, buyuk britaniya, ulu britaniya, beyik britaniya, didi britaneti, mets britania, ikh britani, anh quoc, britania raya, gran britanya, wielka brytania, velka britanie, velka britania, velika britanija, marea britanie, didzioji britanija, groot brittannie, gran bretagna, gra bretanha, gran bretanya, britainia handia, megali vretania, prydain fawr, grut brittanje, gran brittanja, gran britagna, granda bretanha, boyek britaniya, boyok britaniya, grann bretay, gran bretay, ingrisi kondre',
  ],
  ['saudi', 'arabia saudita, arabie saoudite, suudi arabistan, arab saudi'],
  [
    'russian',
    'die russe, rashia nipa, umuna rasha, abena rasha, waku rasha, rashia bii, dan rasha, yan rasha, onye roshia, onye rasha, ndi roshia, ndi rasha, rashian dem, rashian pipul, bann ris, rasha pipo, rasha people, muena rusi, mwena rusi, bena rusi, ara rosia, omo rosia, abantu baserashiya, roosi log, rusi log, rashiyan lok, rusiyan karayo, reosia saram, nguoi nga, khon ratsia, khon latsia, neeg lavxias, orang rusia, wong rusia, urang rusia, oreng rusia, anak rusia, ureueng rusia, mga ruso, tagata lusia, kai rusia',
  ],
  [
    'caspian',
    'kaspiese see, mer caspienne, bahr qazwin, kaspiyan bahir, yekaspiyan bahir, xezer denizi, mar kaspiu, tekun kaspiyan, hayam hakaspi, yam kaspi, deryaya xezere, derya xezer, deryay qezwin, deryay xezer, bahr qazween, ennyanja kasipiyani, ranomasina kaspiana, lamer kaspienn, bhar qazwin, lbhar lqazwini, galaana kaaspiyaan, daryaye khazar, darya khazar, badda kaspiyanka, badda qazwiin, bahari kaspi, kaspiyan bahri, hazar denizi, okun kaspia, ulwandle lwekhaspiyani, kaspiyan sagar, bahira caspian, kaspian sagor, caspian sagor, kaspian samundar, kaspiyan samudra, kaspiyan kadal, kaspiyan samudram, kaspian sagara, kaspiyan muhuda, bahre khazar, bahri khazar, bahri kaspiy, kaspii tenizi, kaspiy tenizi, kaspiy dengizi, kaspiy denizi, hazar denzi, kaspiis zgva, kaspits tsov, kaspic cov, kaspiin tenggis, bien caspi, thale khaspian, laut kaspia, dagat kaspiyo, kaspiyskoe more, kaspijskoe more, kaspiiske more, kaspiyske more, kaspiyskaye mora, kaspijskaje mora, morze kaspijskie, kaspicke more, kaspijsko jezero, kaspijsko morje, kaspijsko more, kaspisko more, kaspisko ezero, kaspiysko more, kaspiisko more, marea caspica, kaszpi tenger, kaspia meri, kaspijas jura, kaspijos jura, kaspiska havet, kaspiske hav, kaspisches meer, kaspische zee, mar caspio, mar caspi, mar caspia, kaspiar itsasoa, mar caspiu, kaspia thalassa, deti kaspik, mor caspia, muir chaisp, kaspische meer, kaspishe yam, bahar kaspju, mari caspiu, mar caspiana, kaspiy dingeze, xazar dingeze, kaspiis zghva, lanme kaspyen',
  ],
  ['russia', 'ngo gwok, nuoc nga, lav xias'],
  ['israel', 'isra eel, isera ela, medines yisroel, eretz yisroel'],
  [
    'israeli',
    'umwina isilaeli, abena isilaeli, esra ely, isra ili, esra elyeen, dan israila, yan israila, onye izrel, onye israel, ndi izrel, ndi israel, isra eeli, izreli dem, esra ili, isra iliye, isra eeliyin, bann izraelien, isreal pipo, israel pipo, muena isalele, bena isalele, isra iliyin, ara isireli, omo isireli, ama israyeli, israili log, nguoi israel, khon itsaraen, urang israel, oreng israel, anak israel, ureueng israel, kai isireli',
  ],
  [
    'american',
    'umwina amerika, abena amerika, amerika nyo, dan amurka, yan amurka, onye amerika, ndi amerika, ndi oyibo, amerikan dem, amerikan pipul, bann amerikin, bann amerikain, amerik ned, amerik neba, amerikan pipo, amerika pipo, yankee pipo, muena amerike, muena amerika, bena amerike, bena amerika, abantu basemerika, ara amerika, omo amerika, awon oyinbo, amriki log, amerikan lok, amerikan mane, amerikanu karayo, miguk saram, miguk saramdeul, khon amerika, khon amelika, ameyikan twe, neeg meskas, orang amerika, bule amerika, wong amerika, wong amrik, urang amerika, oreng amerika, anak amerika, ureueng amerika, mga amerikano, mga kano, dagiti amerikano, deng amerikanu, amerika man, tagata amerika, tangata amelika, kai merika, merican dem',
  ],
  ['europe', 'kwa azungu, obodo oyibo, nasar tenga, nasaar tenga, obodo oyinbo'],
  ['china', 'jung gwok, zung gwok, tiong kok, gya nak, rgya nag, trung quoc, suav teb, tuam tshoj, negara cina'],
  [
    'iranian',
    'onye iran, ndi iran, onye pashia, asusu pashia, bann iranien, iran pipo, muena iran, bena iran, omo iran, ara pasia, ede pasia, umu irani, nguoi iran, khon ihran, urang iran, oreng iran, anak iran, ureueng iran',
  ],
  ['iran', 'bilad fares, bilad faris'],
  [
    'british',
    'baturen ingila, dan birtaniya, onye bekee, ndi bekee, muena angeletele, nguoi anh, khon angkrit, khon angkit, orang inggeris, orang inggris, wong inggris, urang inggris, oreng inggris, anak inggris, ureueng inggris, kai peritania',
  ],
  [
    'syrian',
    'dan siriya, onye siria, ara siria, nguoi syria, orang suriah, wong suriah, urang suriah, oreng suriah, anak suriah, ureueng suriah',
  ],
  ['moscow', 'fadar kremlin, kelimulin gong, ien kremlin, dien kremlin'],
  [
    'turkish',
    'onye toki, onye turki, ara toki, nguoi tho, khon turakee, urang turki, oreng turki, anak turki, ureueng turki',
  ],
  [
    'european',
    'onye yurop, yurop pipo, muena mputu, ara yuroopu, yureop saram, khon yurop, khon eulop, orang eropah, orang putih, orang eropa, wong eropa, urang eropa, oreng eropa, anak eropa, ureueng eropa, kai valagi, europ isk',
  ],
];

function byName(table: ReadonlyArray<readonly [string, string]>, separator: RegExp): ReadonlyMap<string, string> {
  // Folded here as queries are, so a name written with its accents or hamza in the table still meets them.
  return new Map(
    table.flatMap(([english, names]) => names.split(separator).map((name) => [foldText(name), english] as const)),
  );
}

const ENGLISH_OF_WORD = byName(BY_ENGLISH, / /);
const ENGLISH_OF_PHRASE = byName(PHRASES_BY_ENGLISH, /, /);

/** Each one-word exonym with its English word, for the concept table. */
export const EXONYM_WORDS: ReadonlyMap<string, string> = ENGLISH_OF_WORD;
/** Each two-word exonym ("estados unidos") with its English word. */
export const EXONYM_PHRASES: ReadonlyMap<string, string> = ENGLISH_OF_PHRASE;

const NOT_ASCII = /[^\x00-\x7f]/;

/** Folded, where there is anything to fold: most words are plain ASCII already. */
function foldNonAscii(text: string): string {
  return NOT_ASCII.test(text) ? foldText(text) : text;
}

/**
 * A folded text with each place name written in another language put in English ("que quiere
 * rusya" → "que quiere russia"), for lookups that match names as the article spells them. A word
 * only lower-cased, not folded ("irán", as question typing reads it), is folded here.
 */
export function placesInEnglish(folded: string): string {
  const words = folded.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    const pair = next === undefined ? undefined : `${word} ${next}`;
    const phrase = pair === undefined ? undefined : ENGLISH_OF_PHRASE.get(foldNonAscii(pair));
    if (phrase !== undefined) {
      out.push(phrase);
      i++;
      continue;
    }
    // "Iran and Rosia;": a name before the Greek question mark is still the name.
    const mark = word.endsWith(';') ? ';' : '';
    const bare = mark ? word.slice(0, -1) : word;
    const plain = foldNonAscii(bare);
    out.push((ENGLISH_OF_WORD.get(plain) ?? plain) + mark);
  }
  return out.join(' ');
}
