namespace Graph.Extraction.Entities.Statistical;

/// <summary>
/// The tagger's built-in word lists, written for this project (general knowledge, not taken from any corpus).
/// They are deliberately small: their job is to give the model a prior for unseen names of common kinds,
/// while the model's other features decide in context.
/// </summary>
public static class DefaultLexicon
{
    /// <summary>Builds the built-in lexicon.</summary>
    public static PhraseLexicon Create()
    {
        var lexicon = new PhraseLexicon();
        lexicon.AddList(Countries, LexiconFlags.Country);
        lexicon.AddList(Demonyms, LexiconFlags.Demonym);
        lexicon.AddList(Cities, LexiconFlags.City);
        lexicon.AddList(Regions, LexiconFlags.Region);
        lexicon.AddList(GivenNames, LexiconFlags.GivenName);
        lexicon.AddList(FamilyNames, LexiconFlags.FamilyName);
        lexicon.AddList(PersonTitles, LexiconFlags.PersonTitle);
        lexicon.AddList(OrgKeywords, LexiconFlags.OrgKeyword);
        lexicon.AddList(LocationKeywords, LexiconFlags.LocationKeyword);
        lexicon.AddList(TemporalWords, LexiconFlags.Temporal);
        return lexicon;
    }

    private const string Countries =
        "Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|Azerbaijan|" +
        "Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Bosnia and Herzegovina|" +
        "Herzegovina|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|" +
        "Central African Republic|Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|Ivory Coast|Croatia|Cuba|Cyprus|" +
        "Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|East Timor|Ecuador|Egypt|El Salvador|" +
        "Equatorial Guinea|Eritrea|Estonia|Eswatini|Swaziland|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|" +
        "Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|" +
        "Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|" +
        "Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|" +
        "Marshall Islands|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|" +
        "Myanmar|Burma|Namibia|Nauru|Nepal|Netherlands|Holland|New Zealand|Nicaragua|Niger|Nigeria|North Korea|" +
        "North Macedonia|Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|" +
        "Philippines|Poland|Portugal|Qatar|Romania|Russia|Russian Federation|Rwanda|Saint Lucia|Samoa|San Marino|" +
        "Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Solomon Islands|Somalia|" +
        "South Africa|South Korea|Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|" +
        "Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad|Trinidad and Tobago|Tunisia|Turkey|Turkmenistan|Tuvalu|Uganda|" +
        "Ukraine|United Arab Emirates|UAE|United Kingdom|UK|U.K.|Britain|Great Britain|England|Scotland|Wales|" +
        "Northern Ireland|United States|United States of America|US|U.S.|USA|U.S.A.|America|Uruguay|Uzbekistan|Vanuatu|" +
        "Vatican|Venezuela|Vietnam|Viet Nam|Yemen|Zambia|Zimbabwe|Yugoslavia|Soviet Union|USSR|Czechoslovakia|Zaire|" +
        "Hong Kong|Macau|Macao|Greenland|Puerto Rico|Chechnya|Tibet|Kurdistan|Gaza|West Bank";

    private const string Demonyms =
        "Afghan|Albanian|Algerian|American|Americans|Angolan|Argentine|Argentinian|Armenian|Australian|Australians|Austrian|" +
        "Azerbaijani|Bangladeshi|Belarusian|Belgian|Bolivian|Bosnian|Brazilian|British|Briton|Britons|Bulgarian|Burmese|" +
        "Cambodian|Cameroonian|Canadian|Chilean|Chinese|Colombian|Congolese|Croatian|Croat|Croats|Cuban|Cypriot|Czech|" +
        "Danish|Dane|Danes|Dutch|Ecuadorian|Egyptian|Egyptians|English|Eritrean|Estonian|Ethiopian|European|Europeans|" +
        "Filipino|Finnish|Finn|French|Frenchman|Georgian|German|Germans|Ghanaian|Greek|Greeks|Guatemalan|Haitian|" +
        "Honduran|Hungarian|Icelandic|Indian|Indians|Indonesian|Iranian|Iranians|Iraqi|Iraqis|Irish|Israeli|Israelis|" +
        "Italian|Italians|Ivorian|Jamaican|Japanese|Jordanian|Kazakh|Kenyan|Korean|Koreans|Kosovar|Kurdish|Kurd|Kurds|" +
        "Kuwaiti|Kyrgyz|Lao|Latvian|Lebanese|Liberian|Libyan|Lithuanian|Macedonian|Malaysian|Malian|Maltese|Mexican|" +
        "Mexicans|Moldovan|Mongolian|Montenegrin|Moroccan|Mozambican|Namibian|Nepalese|Nicaraguan|Nigerian|Nigerians|" +
        "Norwegian|Pakistani|Pakistanis|Palestinian|Palestinians|Panamanian|Paraguayan|Persian|Peruvian|Polish|Pole|" +
        "Poles|Portuguese|Qatari|Romanian|Russian|Russians|Rwandan|Saudi|Saudis|Scottish|Scot|Scots|Senegalese|Serbian|" +
        "Serb|Serbs|Singaporean|Slovak|Slovenian|Somali|Spanish|Spaniard|Sri Lankan|Sudanese|Swedish|Swede|Swedes|Swiss|" +
        "Syrian|Syrians|Taiwanese|Tajik|Tanzanian|Thai|Tibetan|Tunisian|Turkish|Turk|Turks|Turkmen|Ugandan|Ukrainian|" +
        "Uruguayan|Uzbek|Venezuelan|Vietnamese|Welsh|Yemeni|Yugoslav|Zambian|Zimbabwean|African|Africans|Asian|Asians|" +
        "Arab|Arabs|Arabic|Latin American|Scandinavian|Balkan|Baltic|Caribbean|Western|Soviet|Hispanic|Muslim|Muslims|" +
        "Christian|Christians|Catholic|Jewish|Jews|Hindu|Sikh|Buddhist|Sunni|Shi'ite|Shia|Kosovan|Chechen|Basque|Catalan|" +
        "Flemish|Walloon|Bavarian|Texan|Californian|Hong Konger|Quebecer|Sicilian|Corsican|Cantonese|Mandarin|Han|Uighur|Uyghur";

    private const string Cities =
        "Abu Dhabi|Abuja|Accra|Addis Ababa|Algiers|Amman|Amsterdam|Ankara|Antwerp|Athens|Atlanta|Auckland|Baghdad|Baku|" +
        "Bangkok|Barcelona|Beijing|Peking|Beirut|Belfast|Belgrade|Berlin|Bern|Berne|Birmingham|Bogota|Bombay|Mumbai|Bonn|" +
        "Bordeaux|Boston|Bratislava|Brasilia|Brisbane|Brussels|Bucharest|Budapest|Buenos Aires|Cairo|Calcutta|Kolkata|" +
        "Canberra|Cape Town|Caracas|Cardiff|Casablanca|Chicago|Chongqing|Colombo|Copenhagen|Dakar|Dallas|Damascus|" +
        "Dar es Salaam|Delhi|New Delhi|Denver|Detroit|Dhaka|Doha|Dubai|Dublin|Durban|Dushanbe|Edinburgh|Frankfurt|Geneva|" +
        "Genoa|Glasgow|Gothenburg|Guangzhou|Canton|Hamburg|Hanoi|Harare|Havana|Helsinki|Hiroshima|Ho Chi Minh City|" +
        "Saigon|Honolulu|Houston|Islamabad|Istanbul|Jakarta|Jeddah|Jerusalem|Johannesburg|Kabul|Kampala|Karachi|" +
        "Kathmandu|Khartoum|Kiev|Kyiv|Kigali|Kingston|Kinshasa|Kuala Lumpur|Kuwait City|Kyoto|Lagos|Lahore|La Paz|Leeds|" +
        "Lima|Lisbon|Liverpool|Ljubljana|London|Los Angeles|Luanda|Lusaka|Lyon|Madrid|Managua|Manchester|Manila|Maputo|" +
        "Marseille|Mecca|Medina|Melbourne|Mexico City|Miami|Milan|Minsk|Mogadishu|Monrovia|Montevideo|Montreal|Moscow|" +
        "Munich|Nairobi|Nanjing|Naples|New Orleans|New York|Nice|Nicosia|Osaka|Oslo|Ottawa|Paris|Perth|Philadelphia|" +
        "Phnom Penh|Pittsburgh|Prague|Pretoria|Pristina|Pyongyang|Quebec|Quito|Rabat|Rangoon|Yangon|Reykjavik|Riga|" +
        "Rio de Janeiro|Riyadh|Rome|Rotterdam|Salzburg|San Diego|San Francisco|San Jose|Santiago|Sao Paulo|São Paulo|" +
        "Sarajevo|Seattle|Seoul|Shanghai|Shenzhen|Singapore|Skopje|Sofia|St Petersburg|St. Petersburg|Stockholm|" +
        "Strasbourg|Stuttgart|Sydney|Taipei|Tallinn|Tashkent|Tbilisi|Tehran|Tel Aviv|The Hague|Hague|Tianjin|Tirana|Tokyo|" +
        "Toronto|Tripoli|Tunis|Turin|Ulan Bator|Vancouver|Venice|Vienna|Vilnius|Warsaw|Washington|Wellington|Wuhan|" +
        "Xi'an|Yerevan|Zagreb|Zurich|Zürich|Hebron|Gaza City|Ramallah|Grozny|Sarajevo|Srebrenica|Mostar|Basra|Mosul|" +
        "Kandahar|Herat|Peshawar|Chennai|Madras|Bangalore|Bengaluru|Hyderabad|Kobe|Nagoya|Yokohama|Osaka|Busan|Pusan|" +
        "Lhasa|Urumqi|Hangzhou|Chengdu|Xiamen|Dalian|Harbin|Qingdao|Taichung|Kaohsiung|Macau|Cologne|Dusseldorf|" +
        "Düsseldorf|Leipzig|Dresden|Hanover|Bremen|Lyons|Toulouse|Lille|Florence|Bologna|Palermo|Seville|Valencia|" +
        "Bilbao|Porto|Oporto|Krakow|Gdansk|Brno|Odessa|Kharkiv|Kharkov|St Louis|Baltimore|Cleveland|Cincinnati|Phoenix|" +
        "Las Vegas|Minneapolis|Sacramento|Oakland|Portland|Nashville|Memphis|Orlando|Tampa|Austin|San Antonio|Calgary|" +
        "Edmonton|Winnipeg|Adelaide|Johannesburg|Soweto|Lagos|Kano|Mombasa|Entebbe|Bulawayo|Alexandria|Luxor|Aden|" +
        "Muscat|Manama|Kuwait|Davos|Oxford|Cambridge|Bristol|Sheffield|Newcastle|Nottingham|Leicester|Southampton|" +
        "Aberdeen|Dundee|Cork|Galway|Belfast|Brighton|Westminster|Wimbledon|Brooklyn|Manhattan|Harlem|Chelsea|Kensington";

    private const string Regions =
        "Africa|Asia|Europe|North America|South America|Latin America|Central America|Antarctica|Oceania|Australasia|" +
        "Middle East|Near East|Far East|Gulf|Persian Gulf|Balkans|Caucasus|Scandinavia|Siberia|Sahara|Mediterranean|" +
        "Atlantic|Pacific|Arctic|Baltic|Caribbean|Asia-Pacific|Eurasia|Kashmir|Punjab|Bengal|Tibet|Xinjiang|Guangdong|" +
        "Sichuan|Yunnan|Fujian|Hainan|Shandong|Hubei|Inner Mongolia|Manchuria|Bavaria|Saxony|Catalonia|Andalusia|" +
        "Basque Country|Brittany|Normandy|Provence|Corsica|Sicily|Sardinia|Tuscany|Lombardy|Flanders|Wallonia|" +
        "Transylvania|Crimea|Donbas|Ulster|Yorkshire|Lancashire|Kent|Essex|Surrey|Cornwall|Devon|Alabama|Alaska|Arizona|" +
        "Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|" +
        "Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|" +
        "New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|" +
        "Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|" +
        "Wyoming|Ontario|Quebec|British Columbia|Alberta|Manitoba|Nova Scotia|New South Wales|Queensland|Victoria|Tasmania|" +
        "Western Australia|Natal|Transvaal|Darfur|Kurdistan|Galilee|Golan|Golan Heights|Sinai|Negev|Anatolia|Mindanao|" +
        "Java|Sumatra|Borneo|Bali|Timor|Okinawa|Hokkaido|Kyushu|Honshu|Amazon|Andes|Alps|Himalayas|Himalaya|Urals|Nile|" +
        "Danube|Rhine|Thames|Yangtze|Mekong|Ganges|Euphrates|Tigris|Volga|Mississippi|Red Sea|Black Sea|Dead Sea|" +
        "North Sea|South China Sea|Indian Ocean|Adriatic|Aegean|Bosphorus|Suez|Panama Canal|Strait of Hormuz|" +
        "Taiwan Strait|Korean Peninsula|Horn of Africa|Silicon Valley|Wall Street|Downing Street|Capitol Hill|" +
        "West Bank|Gaza Strip|East Jerusalem|Chechnya|Dagestan|Ossetia|Abkhazia|Nagorno-Karabakh|Transnistria";

    private const string GivenNames =
        // English-speaking
        "James|John|Robert|Michael|William|David|Richard|Joseph|Thomas|Charles|Christopher|Daniel|Matthew|Anthony|Mark|" +
        "Donald|Steven|Stephen|Paul|Andrew|Joshua|Kenneth|Kevin|Brian|George|Timothy|Ronald|Edward|Jason|Jeffrey|Ryan|" +
        "Jacob|Gary|Nicholas|Eric|Jonathan|Larry|Justin|Scott|Brandon|Benjamin|Samuel|Gregory|Alexander|Frank|Patrick|" +
        "Raymond|Jack|Dennis|Jerry|Tyler|Aaron|Jose|Adam|Nathan|Henry|Douglas|Zachary|Peter|Kyle|Noah|Ethan|Jeremy|" +
        "Walter|Christian|Keith|Roger|Terry|Austin|Sean|Gerald|Carl|Harold|Dylan|Arthur|Lawrence|Jordan|Jesse|Bryan|" +
        "Billy|Bruce|Gabriel|Joe|Logan|Alan|Juan|Albert|Willie|Elijah|Wayne|Randy|Vincent|Mason|Roy|Ralph|Bobby|Russell|" +
        "Bradley|Philip|Eugene|Bill|Bob|Jim|Tom|Tony|Mike|Dave|Steve|Chris|Nick|Ben|Sam|Tim|Ted|Ken|Ron|Don|Greg|Jeff|" +
        "Andy|Pete|Phil|Rob|Rick|Dick|Harry|Fred|Ian|Neil|Colin|Graham|Nigel|Gordon|Malcolm|Stuart|Alastair|Alistair|" +
        "Hugh|Owen|Rhys|Gareth|Liam|Declan|Brendan|Gerry|Ray|Martin|Howard|Leonard|Stanley|Norman|Bernard|Clive|Trevor|" +
        "Derek|Barry|Geoffrey|Jonny|Wesley|Marcus|Lewis|Luke|Toby|Oliver|Harvey|Hillary|Newt|Jimmy|Mitt|Barack|Joe|" +
        "Mary|Patricia|Jennifer|Linda|Elizabeth|Barbara|Susan|Jessica|Sarah|Karen|Nancy|Lisa|Betty|Margaret|Sandra|" +
        "Ashley|Kimberly|Emily|Donna|Michelle|Dorothy|Carol|Amanda|Melissa|Deborah|Stephanie|Rebecca|Sharon|Laura|" +
        "Cynthia|Kathleen|Amy|Angela|Shirley|Anna|Brenda|Pamela|Emma|Nicole|Helen|Samantha|Katherine|Christine|Debra|" +
        "Rachel|Carolyn|Janet|Catherine|Maria|Heather|Diane|Ruth|Julie|Olivia|Joyce|Virginia|Victoria|Kelly|Lauren|" +
        "Christina|Joan|Evelyn|Judith|Megan|Andrea|Cheryl|Hannah|Jacqueline|Martha|Gloria|Teresa|Ann|Sara|Madison|" +
        "Frances|Kathryn|Janice|Jean|Abigail|Alice|Judy|Sophia|Grace|Denise|Amber|Doris|Marilyn|Danielle|Beverly|" +
        "Isabella|Theresa|Diana|Natalie|Brittany|Charlotte|Marie|Kayla|Alexis|Lori|Jane|Kate|Sue|Liz|Meg|Jill|Jo|Tessa|" +
        "Theresa|Harriet|Yvette|Nicola|Ruth|Gillian|Fiona|Claire|Clare|Sian|Siobhan|Mairead|Bridget|Nancy|Condoleezza|" +
        // European
        "Jean|Pierre|Jacques|Michel|Francois|François|Philippe|Alain|Nicolas|Emmanuel|Dominique|Laurent|Olivier|Didier|" +
        "Thierry|Eric|Lionel|Edouard|Édouard|Valery|Valéry|Ségolène|Marine|Jean-Marie|Jean-Claude|Jean-Pierre|Jean-Luc|" +
        "Marie-France|Hans|Klaus|Helmut|Gerhard|Wolfgang|Jurgen|Jürgen|Dieter|Horst|Joachim|Angela|Ursula|Frank-Walter|" +
        "Olaf|Friedrich|Stefan|Uwe|Ulrich|Werner|Karl|Heinz|Franz|Josef|Matthias|Boris|Vladimir|Dmitry|Dmitri|Sergei|" +
        "Sergey|Mikhail|Alexei|Alexey|Andrei|Andrey|Viktor|Victor|Yuri|Igor|Oleg|Ivan|Nikolai|Anatoly|Gennady|Yevgeny|" +
        "Pavel|Ilya|Leonid|Boris|Grigory|Viktor|Volodymyr|Petro|Yulia|Olga|Natalia|Tatiana|Svetlana|Irina|Elena|Yelena|" +
        "Giuseppe|Giovanni|Mario|Luigi|Paolo|Silvio|Romano|Matteo|Giorgia|Sergio|Massimo|Francesco|Alessandro|Roberto|" +
        "Fabio|Gianluca|Carlo|Marco|Luca|Andrea|Antonio|Manuel|Carlos|Miguel|Javier|Pedro|Pablo|Luis|Jorge|Fernando|" +
        "Felipe|Mariano|Alfredo|Ricardo|Alejandro|Diego|Raul|Raúl|Jose|José|Juan|Rafael|Sergio|Enrique|Andres|Andrés|" +
        "Ernesto|Hugo|Evo|Cristina|Dilma|Luiz|Inacio|Jair|Lula|Jaime|Joao|João|Aníbal|Anibal|Vitor|Cavaco|Zlatan|Lars|" +
        "Anders|Nils|Sven|Jens|Henrik|Erik|Jan|Piet|Willem|Mark|Wim|Ruud|Guy|Jean-Luc|Lech|Aleksander|Donald|Jaroslaw|" +
        "Jarosław|Andrzej|Vaclav|Václav|Milos|Miloš|Viktor|Recep|Tayyip|Ahmet|Mehmet|Mustafa|Kemal|Bulent|Bülent|" +
        "Slobodan|Radovan|Ratko|Franjo|Alija|Ibrahim|Kofi|Nelson|Thabo|Jacob|Cyril|Robert|Morgan|Olusegun|Goodluck|" +
        "Muhammadu|Yoweri|Paul|Uhuru|Raila|Mwai|Daniel|Desmond|Winnie|Ellen|Hosni|Anwar|Gamal|Abdel|Abdul|Abdullah|" +
        "Abdallah|Mohammed|Mohammad|Mohamed|Muhammad|Ahmed|Ahmad|Ali|Hassan|Hussein|Saddam|Yasser|Yasir|Mahmoud|" +
        "Mahmud|Hamid|Hamad|Khalid|Khaled|Omar|Umar|Osama|Bashar|Hafez|Hafiz|Ayatollah|Akbar|Hashemi|Hassan|Javad|" +
        "Benjamin|Ehud|Shimon|Yitzhak|Ariel|Binyamin|Netanyahu|Benny|Golda|Tzipi|Avigdor|Nawaz|Benazir|Pervez|Imran|" +
        "Asif|Atal|Manmohan|Narendra|Rahul|Sonia|Indira|Rajiv|Sachin|Rajesh|Amit|Anil|Arun|Sunil|Sanjay|Vijay|Pranab|" +
        "Aung|San|Suu|Kyi|Thaksin|Yingluck|Hun|Sen|Suharto|Megawati|Susilo|Joko|Mahathir|Najib|Anwar|Lee|Kuan|Yew|" +
        "Hsien|Loong|Ferdinand|Corazon|Gloria|Rodrigo|Benigno|" +
        // East Asian given names (also written after the family name)
        "Jinping|Keqiang|Jiabao|Jintao|Zemin|Xiaoping|Zedong|Peng|Rongji|Qiang|Wei|Ming|Hua|Jun|Lei|Yang|Hong|Jian|" +
        "Yong|Jie|Tao|Bin|Hui|Ying|Yan|Ping|Gang|Feng|Chao|Bo|Xin|Xiaoming|Xiaodong|Yi|Kai|Hao|Yu|Jing|Li|Na|Lan|" +
        "Mei|Fang|Xiu|Yun|Dong|Qing|Zhong|Guo|Kang|Shinzo|Junichiro|Ryutaro|Yoshihiko|Naoto|Yukio|Taro|Fumio|" +
        "Yoshihide|Tomiichi|Morihiro|Tsutomu|Keizo|Yoshiro|Hiroshi|Takeshi|Kenji|Akira|Yuki|Haruki|Koichi|Ichiro|" +
        "Moon|Jae-in|Kim|Jong-un|Jong-il|Il-sung|Dae-jung|Young-sam|Tae-woo|Myung-bak|Geun-hye|Yoon|Suk-yeol|" +
        "Ban|Ki-moon|Tsai|Ing-wen|Ma|Ying-jeou|Chen|Shui-bian|Teng-hui|Nguyen";

    private const string FamilyNames =
        // Common Chinese, Korean, Vietnamese and Japanese family names: they often come first in the name.
        "Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo|He|Lin|Gao|Luo|Zheng|Liang|Xie|Song|Tang|" +
        "Han|Feng|Deng|Cao|Peng|Zeng|Xiao|Tian|Dong|Pan|Yuan|Cai|Jiang|Yu|Du|Ye|Cheng|Wei|Su|Lu|Ding|Ren|Shen|Yao|" +
        "Fu|Zhong|Jin|Cui|Tan|Liao|Fan|Wang|Qian|Xin|Qin|Xi|Bai|Kong|Mao|Hou|Shi|Lai|Gu|Meng|Long|Wan|Duan|Lei|Qiu|" +
        "Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Moon|Nguyen|Tran|Le|Pham|Hoang|Phan|Vu|Dang|Bui|Do|Ho|Ngo|" +
        "Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Kato|Yoshida|Yamada|Sasaki|Abe|Koizumi|" +
        "Hashimoto|Obuchi|Mori|Fukuda|Aso|Hatoyama|Kan|Noda|Kishida|Suga|Murayama|Hosokawa|" +
        // Common surnames of other origins
        "Smith|Johnson|Williams|Brown|Jones|Miller|Davis|Garcia|Rodriguez|Wilson|Martinez|Anderson|Taylor|Thomas|" +
        "Hernandez|Moore|Martin|Jackson|Thompson|White|Lopez|Gonzalez|Harris|Clark|Lewis|Robinson|Walker|Perez|Hall|" +
        "Young|Allen|Sanchez|Wright|King|Scott|Green|Baker|Adams|Nelson|Hill|Ramirez|Campbell|Mitchell|Roberts|Carter|" +
        "Phillips|Evans|Turner|Torres|Parker|Collins|Edwards|Stewart|Morris|Murphy|Cook|Rogers|Morgan|Peterson|Cooper|" +
        "Reed|Bailey|Bell|Gomez|Kelly|Howard|Ward|Cox|Diaz|Richardson|Wood|Watson|Brooks|Bennett|Gray|James|Reyes|" +
        "Cruz|Hughes|Price|Myers|Long|Foster|Sanders|Ross|Morales|Powell|Sullivan|Russell|Ortiz|Jenkins|Gutierrez|" +
        "Perry|Butler|Barnes|Fisher|Henderson|Coleman|Simmons|Patterson|Jordan|Reynolds|Hamilton|Graham|Kim|Gonzales|" +
        "Alexander|Ramos|Wallace|Griffin|West|Cole|Hayes|Chavez|Gibson|Bryant|Ellis|Stevens|Murray|Ford|Marshall|" +
        "Owens|McDonald|Harrison|Ruiz|Kennedy|Wells|Alvarez|Woods|Mendoza|Castillo|Olson|Webb|Washington|Tucker|" +
        "Freeman|Burns|Henry|Vasquez|Snyder|Simpson|Crawford|Jimenez|Porter|Mason|Shaw|Gordon|Wagner|Hunter|Romero|" +
        "Hicks|Dixon|Hunt|Palmer|Robertson|Black|Holmes|Stone|Meyer|Boyd|Mills|Warren|Fox|Rose|Rice|Moreno|Schmidt|" +
        "Patel|Ferguson|Nichols|Herrera|Medina|Ryan|Fernandez|Weaver|Daniels|Stephens|Gardner|Payne|Kelley|Dunn|Pierce|" +
        "Arnold|Tran|Spencer|Peters|Hawkins|Grant|Hansen|Castro|Hoffman|Hart|Elliott|Cunningham|Knight|Bradley|" +
        "O'Brien|O'Neill|O'Connor|O'Sullivan|O'Reilly|O'Donnell|McCarthy|McLaughlin|MacDonald|McGuinness|Fitzgerald|" +
        "Müller|Mueller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer|Koch|Bauer|Richter|" +
        "Klein|Wolf|Schröder|Schroeder|Neumann|Schwarz|Zimmermann|Braun|Krüger|Hofmann|Hartmann|Lange|Schmitt|Werner|" +
        "Krause|Meier|Lehmann|Dubois|Durand|Leroy|Moreau|Simon|Laurent|Lefebvre|Michel|Bernard|Petit|Robert|Richard|" +
        "Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca|Costa|" +
        "Silva|Santos|Oliveira|Souza|Pereira|Ferreira|Alves|Lima|Gomes|Ribeiro|Carvalho|Almeida|Fernandes|Ivanov|" +
        "Smirnov|Kuznetsov|Popov|Vasiliev|Petrov|Sokolov|Mikhailov|Novikov|Fedorov|Morozov|Volkov|Alekseev|Lebedev|" +
        "Kowalski|Nowak|Wisniewski|Kaminski|Lewandowski|Novak|Horvat|Kovac|Kovacs|Nagy|Szabo|Toth|Yilmaz|Kaya|Demir|" +
        "Sahin|Celik|Khan|Hussain|Ahmed|Ali|Shah|Singh|Kumar|Sharma|Gupta|Das|Reddy|Rao|Mehta|Gandhi|Cohen|Levi|Levy|" +
        "Mizrahi|Friedman|Katz|Nasser|Haddad|Khoury|Mansour|Hamdan|Abbas|Rahman|Hosseini|Mohammadi|Rezaei";

    private const string PersonTitles =
        "Mr|Mr.|Mrs|Mrs.|Ms|Ms.|Miss|Dr|Dr.|Prof|Prof.|Professor|Sir|Dame|Lord|Lady|Madam|Madame|Mme|Monsieur|Herr|Frau|" +
        "Senor|Señor|Signor|President|Vice President|Vice-President|Premier|Prime Minister|Minister|Secretary|" +
        "Secretary-General|Secretary General|Chancellor|Chairman|Chairwoman|Chair|Chief|Director|Deputy|Governor|Mayor|" +
        "Senator|Sen.|Sen|Representative|Rep.|Rep|Congressman|Congresswoman|Ambassador|Envoy|Spokesman|Spokeswoman|" +
        "Spokesperson|General|Gen.|Gen|Lieutenant|Lt.|Colonel|Col.|Major|Maj.|Captain|Capt.|Sergeant|Sgt.|Admiral|" +
        "Adm.|Commander|Marshal|King|Queen|Prince|Princess|Emperor|Empress|Sheikh|Sheik|Emir|Sultan|Crown Prince|Pope|" +
        "Cardinal|Archbishop|Bishop|Reverend|Rev.|Father|Rabbi|Imam|Ayatollah|Justice|Judge|Attorney General|Prosecutor|" +
        "Inspector|Detective|Officer|Coach|Manager|Striker|Midfielder|Defender|Goalkeeper|Captain|Champion|" +
        "Chief Executive|CEO|Analyst|Economist|Dealer|Trader|Broker|Official|Commissioner|Councillor|Councilor|" +
        "Speaker|Leader|Counsellor|Counselor|Foreign Minister|Vice Premier|Vice Foreign Minister|State Councilor|" +
        "Deputy Director|Deputy Director-General|Director-General|Director General|Founder|Owner|Publisher|Editor|" +
        "Correspondent|Author|Actor|Actress|Singer|Star|Player|Driver|Rider|Jockey|Trainer|Boxer";

    private const string OrgKeywords =
        "University|Univ.|College|Institute|Institution|Academy|School|Ministry|Department|Dept.|Party|Bank|Inc|Inc.|" +
        "Incorporated|Corp|Corp.|Corporation|Co|Co.|Company|Cos|Ltd|Ltd.|Limited|Plc|plc|PLC|LLC|L.P.|AG|GmbH|SA|S.A.|" +
        "NV|N.V.|BV|SpA|AB|ASA|Group|Holdings|Holding|Council|Committee|Commission|Agency|Association|Assn|Club|United|" +
        "Federation|Union|Organisation|Organization|Bureau|Office|Court|Tribunal|Parliament|Congress|Senate|Assembly|" +
        "Cabinet|Government|Administration|Authority|Board|Service|Services|Army|Navy|Air Force|Police|Guard|Forces|" +
        "Front|Movement|Alliance|League|Coalition|Foundation|Fund|Trust|Society|Center|Centre|Exchange|Airlines|Airways|" +
        "Motors|Systems|Technologies|Technology|Industries|Industrial|Enterprises|Partners|Securities|Capital|" +
        "Investments|Insurance|Bancorp|Financial|Energy|Oil|Petroleum|Telecom|Communications|Pharmaceuticals|Electric|" +
        "Steel|Mining|Airline|Railways|Railway|Hospital|Clinic|Times|News|Post|Journal|Herald|Tribune|Gazette|Press|" +
        "Television|TV|Radio|Broadcasting|Network|Newspaper|Magazine|Rovers|Athletic|Athletico|Atletico|Wanderers|" +
        "Rangers|Albion|Hotspur|FC|F.C.|Sporting|Real|Dynamo|Olympique|Racing|Chamber|Secretariat|Directorate|" +
        "Inspectorate|Command|Brigade|Battalion|Regiment|Division|Corps|Team|Orchestra|Institute of|Church|Mission";

    private const string LocationKeywords =
        "River|Mountain|Mountains|Mount|Mt.|Mt|Lake|Island|Islands|Isle|Sea|Ocean|Bay|Gulf|Strait|Straits|Channel|" +
        "Peninsula|Coast|Valley|Desert|Plain|Plains|Plateau|Forest|Canyon|Falls|Cape|Province|Provinces|State|County|" +
        "District|Region|Prefecture|Territory|Territories|Republic|Kingdom|Emirate|Oblast|Street|St.|Avenue|Ave.|Road|" +
        "Square|Boulevard|Bridge|Harbour|Harbor|Port|Airport|Park|Beach|Hills|Heights|Springs|Creek|Canal|Border|" +
        "Township|Borough|Parish|Village|Town|City|Stadium|Arena";

    private const string TemporalWords =
        "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|" +
        "September|October|November|December|Jan|Jan.|Feb|Feb.|Mar|Mar.|Apr|Apr.|Jun|Jun.|Jul|Jul.|Aug|Aug.|Sep|Sep.|" +
        "Sept|Sept.|Oct|Oct.|Nov|Nov.|Dec|Dec.|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Christmas|Easter|Ramadan|" +
        "Today|Tomorrow|Yesterday|Spring|Summer|Autumn|Winter";
}
