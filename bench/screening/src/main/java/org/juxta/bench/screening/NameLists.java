package org.juxta.bench.screening;

import java.util.List;

/**
 * Common names in their own script, from published frequency lists (Russian surnames after Zhuravlev's frequency
 * list, Russian and Mongolian given names as national statistics rank them, the Chinese surnames of the Bǎijiāxìng
 * ranked by the 2020 census, common Chinese given-name characters, Spanish names after INE's most frequent names, and
 * Arabic names in a phonemic notation, see {@link PublishedSystems#arabic}). Persons are composed from them and then
 * written by the published romanisation systems; none of this comes from the benchmark's generator or the engine.
 */
final class NameLists {

    static final List<String> RUSSIAN_SURNAMES = List.of("Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев",
            "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев",
            "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин",
            "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв", "Сергеев",
            "Кузьмин", "Фролов", "Александров", "Дмитриев", "Королёв", "Гусев", "Киселёв", "Ильин", "Максимов",
            "Поляков", "Сорокин", "Виноградов", "Ковалёв", "Белов", "Медведев", "Антонов", "Тарасов", "Жуков",
            "Баранов", "Филиппов", "Комаров", "Давыдов", "Беляев", "Герасимов", "Богданов", "Осипов", "Сидоров",
            "Матвеев", "Титов", "Марков", "Миронов", "Крылов", "Куликов", "Карпов", "Власов", "Мельников", "Денисов",
            "Гаврилов", "Тихонов", "Казаков", "Афанасьев", "Данилов", "Савельев", "Тимофеев", "Фомин", "Чернов",
            "Абрамов", "Мартынов", "Ефимов", "Федотов", "Щербаков", "Назаров", "Калинин", "Исаев", "Чернышёв",
            "Быков", "Маслов", "Родионов", "Коновалов", "Лазарев", "Воронин", "Климов", "Филатов", "Пономарёв",
            "Голубев", "Кудрявцев", "Прохоров", "Наумов", "Потапов", "Журавлёв", "Овчинников", "Трофимов", "Леонов",
            "Соболев", "Ермаков", "Колесников", "Гончаров", "Емельянов", "Никифоров", "Грачёв", "Котов", "Гришин",
            "Ефремов", "Архипов", "Громов", "Кириллов", "Малышев", "Панов", "Моисеев", "Румянцев", "Акимов",
            "Кондратьев", "Бирюков", "Горбунов", "Анисимов", "Ерёмин", "Тихомиров", "Галкин", "Лукьянов", "Михеев",
            "Скворцов", "Юдин", "Белоусов", "Нестеров", "Симонов", "Прокофьев", "Харитонов", "Князев", "Цветков",
            "Левин", "Митрофанов", "Воронов", "Аксёнов", "Мальцев", "Логинов", "Горшков", "Савин", "Краснов",
            "Майоров", "Демидов", "Елисеев", "Рыбаков", "Сафонов", "Плотников", "Хохлов", "Жданов", "Щукин", "Яшин",
            "Юсупов", "Ксенофонтов", "Шевченко", "Щеглов", "Хабибуллин", "Цыганов", "Юрьев", "Ященко");

    static final List<String> RUSSIAN_MALE = List.of("Александр", "Сергей", "Дмитрий", "Андрей", "Алексей", "Максим",
            "Евгений", "Иван", "Михаил", "Артём", "Николай", "Владимир", "Юрий", "Денис", "Павел", "Олег", "Игорь",
            "Константин", "Виктор", "Роман", "Антон", "Илья", "Кирилл", "Никита", "Вячеслав", "Григорий", "Фёдор",
            "Борис", "Леонид", "Анатолий", "Василий", "Пётр", "Степан", "Тимофей", "Ярослав", "Матвей", "Аркадий",
            "Геннадий", "Валерий", "Ксенофонт", "Эдуард", "Юлиан");

    static final List<String> RUSSIAN_FEMALE = List.of("Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана",
            "Юлия", "Анна", "Мария", "Екатерина", "Людмила", "Галина", "Анастасия", "Ксения", "Дарья", "Надежда",
            "Валентина", "Любовь", "Евгения", "Софья", "Яна", "Алёна", "Виктория", "Полина", "Жанна", "Эльвира");

    /** A father's name and the stem of the patronymic made from it (+ич, +на). */
    static final List<String[]> RUSSIAN_FATHERS = List.of(new String[]{"Сергей", "Сергеев"},
            new String[]{"Дмитрий", "Дмитриев"}, new String[]{"Евгений", "Евгеньев"}, new String[]{"Юрий", "Юрьев"},
            new String[]{"Николай", "Николаев"}, new String[]{"Иван", "Иванов"},
            new String[]{"Александр", "Александров"}, new String[]{"Владимир", "Владимиров"},
            new String[]{"Михаил", "Михайлов"}, new String[]{"Пётр", "Петров"}, new String[]{"Фёдор", "Фёдоров"},
            new String[]{"Виктор", "Викторов"}, new String[]{"Олег", "Олегов"}, new String[]{"Алексей", "Алексеев"},
            new String[]{"Андрей", "Андреев"}, new String[]{"Анатолий", "Анатольев"},
            new String[]{"Василий", "Васильев"}, new String[]{"Григорий", "Григорьев"},
            new String[]{"Борис", "Борисов"}, new String[]{"Геннадий", "Геннадьев"},
            new String[]{"Валерий", "Валерьев"}, new String[]{"Константин", "Константинов"},
            new String[]{"Вячеслав", "Вячеславов"}, new String[]{"Аркадий", "Аркадьев"});

    static final List<String> MONGOLIAN_GIVEN = List.of("Батбаяр", "Энхбаяр", "Ганбаатар", "Болд", "Баатар",
            "Мөнхбат", "Төмөрбаатар", "Оюунчимэг", "Сарангэрэл", "Наранцэцэг", "Алтанцэцэг", "Энхтуяа", "Бямбасүрэн",
            "Ганзориг", "Дорж", "Батжаргал", "Өлзийбаяр", "Түвшинбаяр", "Эрдэнэбат", "Цэцэгмаа", "Хишигт", "Батцэцэг",
            "Мөнхзул", "Золбаяр", "Шинэбаяр", "Чулуунбаатар", "Ариунаа", "Үүрийнтуяа", "Жаргалсайхан", "Пүрэвдорж",
            "Лхагвасүрэн", "Баясгалан", "Отгонбаяр", "Нямдорж", "Цолмон", "Гантулга", "Хүрэлбаатар", "Сүхбаатар",
            "Даваадорж", "Эрдэнэчимэг", "Ерөөлт", "Хулан", "Номин", "Тэмүүлэн", "Билгүүн", "Анхбаяр", "Өнөрмаа",
            "Уянга", "Сэлэнгэ", "Мягмарсүрэн", "Ням-Очир", "Гэрэлт-Од", "Хонгорзул", "Энх-Амгалан", "Батсүх");

    /** Surname, pinyin of the surname. */
    static final List<String[]> CHINESE_SURNAMES = List.of(new String[]{"王", "wang"}, new String[]{"李", "li"},
            new String[]{"张", "zhang"}, new String[]{"刘", "liu"}, new String[]{"陈", "chen"},
            new String[]{"杨", "yang"}, new String[]{"黄", "huang"}, new String[]{"赵", "zhao"}, new String[]{"吴", "wu"},
            new String[]{"周", "zhou"}, new String[]{"徐", "xu"}, new String[]{"孙", "sun"}, new String[]{"马", "ma"},
            new String[]{"朱", "zhu"}, new String[]{"胡", "hu"}, new String[]{"郭", "guo"}, new String[]{"何", "he"},
            new String[]{"高", "gao"}, new String[]{"林", "lin"}, new String[]{"罗", "luo"},
            new String[]{"郑", "zheng"}, new String[]{"梁", "liang"}, new String[]{"谢", "xie"},
            new String[]{"宋", "song"}, new String[]{"唐", "tang"}, new String[]{"韩", "han"},
            new String[]{"冯", "feng"}, new String[]{"邓", "deng"}, new String[]{"曹", "cao"}, new String[]{"彭", "peng"},
            new String[]{"曾", "zeng"}, new String[]{"肖", "xiao"}, new String[]{"田", "tian"},
            new String[]{"董", "dong"}, new String[]{"潘", "pan"}, new String[]{"袁", "yuan"},
            new String[]{"蔡", "cai"}, new String[]{"蒋", "jiang"}, new String[]{"余", "yu"}, new String[]{"于", "yu"});

    /** Given-name character, its pinyin. */
    static final List<String[]> CHINESE_GIVEN = List.of(new String[]{"伟", "wei"}, new String[]{"芳", "fang"},
            new String[]{"娜", "na"}, new String[]{"秀", "xiu"}, new String[]{"英", "ying"}, new String[]{"敏", "min"},
            new String[]{"静", "jing"}, new String[]{"丽", "li"}, new String[]{"强", "qiang"}, new String[]{"磊", "lei"},
            new String[]{"军", "jun"}, new String[]{"洋", "yang"}, new String[]{"勇", "yong"}, new String[]{"艳", "yan"},
            new String[]{"杰", "jie"}, new String[]{"娟", "juan"}, new String[]{"涛", "tao"}, new String[]{"明", "ming"},
            new String[]{"超", "chao"}, new String[]{"霞", "xia"}, new String[]{"平", "ping"}, new String[]{"刚", "gang"},
            new String[]{"桂", "gui"}, new String[]{"华", "hua"}, new String[]{"建", "jian"}, new String[]{"国", "guo"},
            new String[]{"志", "zhi"}, new String[]{"海", "hai"}, new String[]{"晓", "xiao"}, new String[]{"文", "wen"},
            new String[]{"春", "chun"}, new String[]{"玉", "yu"}, new String[]{"红", "hong"}, new String[]{"金", "jin"},
            new String[]{"东", "dong"}, new String[]{"学", "xue"}, new String[]{"新", "xin"}, new String[]{"鹏", "peng"},
            new String[]{"辉", "hui"}, new String[]{"思", "si"}, new String[]{"嘉", "jia"}, new String[]{"子", "zi"},
            new String[]{"浩", "hao"}, new String[]{"庆", "qing"}, new String[]{"瑞", "rui"}, new String[]{"泽", "ze"},
            new String[]{"晨", "chen"}, new String[]{"雪", "xue"}, new String[]{"梅", "mei"}, new String[]{"琳", "lin"},
            new String[]{"成", "cheng"}, new String[]{"德", "de"}, new String[]{"兰", "lan"}, new String[]{"荣", "rong"},
            new String[]{"斌", "bin"}, new String[]{"宏", "hong"}, new String[]{"燕", "yan"}, new String[]{"波", "bo"},
            new String[]{"俊", "jun"}, new String[]{"慧", "hui"}, new String[]{"婷", "ting"}, new String[]{"宇", "yu"},
            new String[]{"轩", "xuan"}, new String[]{"怡", "yi"}, new String[]{"雨", "yu"}, new String[]{"欣", "xin"});

    static final List<String> SPANISH_SURNAMES = List.of("García", "Rodríguez", "González", "Fernández", "López",
            "Martínez", "Sánchez", "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno",
            "Muñoz", "Álvarez", "Romero", "Alonso", "Gutiérrez", "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos",
            "Gil", "Ramírez", "Serrano", "Blanco", "Molina", "Morales", "Suárez", "Ortega", "Delgado", "Castro",
            "Ortiz", "Rubio", "Marín", "Sanz", "Núñez", "Iglesias", "Medina", "Garrido", "Cortés", "Castillo",
            "Santos", "Lozano", "Guerrero", "Cano", "Prieto", "Méndez", "Cruz", "Calvo", "Gallego", "Vidal", "León",
            "Márquez", "Herrera", "Peña", "Flores", "Cabrera", "Campos", "Vega", "Fuentes", "Carrasco", "Caballero",
            "Reyes", "Nieto", "Aguilar", "Pascual", "Santana", "Herrero", "Lorenzo", "Montero", "Hidalgo", "Giménez",
            "Ibáñez", "Ferrer", "Durán", "Santiago", "Benítez", "Mora", "Vicente", "Vargas", "Arias", "Carmona",
            "Crespo", "Román", "Pastor", "Soto", "Sáez", "Velasco", "Moya", "Soler", "Parra", "Esteban", "Bravo",
            "Gallardo", "Rojas");

    static final List<String> SPANISH_MALE = List.of("José", "Antonio", "Manuel", "Francisco", "David", "Juan",
            "Javier", "Daniel", "Carlos", "Jesús", "Alejandro", "Miguel", "Rafael", "Pedro", "Pablo", "Ángel",
            "Sergio", "Fernando", "Jorge", "Luis", "Alberto", "Álvaro", "Diego", "Adrián", "Raúl", "Enrique", "Ramón",
            "Vicente", "Ignacio", "Andrés", "Eduardo", "Óscar", "Rubén", "Guillermo", "Santiago");

    static final List<String> SPANISH_FEMALE = List.of("María", "Carmen", "Ana", "Isabel", "Laura", "Cristina",
            "Marta", "Lucía", "Pilar", "Elena", "Rosa", "Dolores", "Teresa", "Sara", "Paula", "Raquel", "Beatriz",
            "Silvia", "Patricia", "Julia", "Rocío", "Alicia", "Inmaculada", "Mercedes", "Lourdes");

    static final List<String> ARABIC_MALE = List.of("muHammad", "aHmad", "calI", "Hasan", "Husayn", "maHmUd",
            "xAlid", "yUsuf", "cumar", "ibrAhIm", "muSTafA", "sacId", "karIm", "jamAl", "faySal", "walId", "Hamza",
            "sulaymAn", "TAriq", "nabIl", "ziyAd", "ra$Id", "mAjid", "fAris", "$arIf", "najIb", "cabd_raHmAn",
            "cabd_qAdir", "cabd_cazIz", "cabd_karIm", "yAsir", "Adil", "bassAm", "jamIl", "munIr", "qAsim", "sAmir",
            "haytham", "cimAd", "nUr");

    static final List<String> ARABIC_FEMALE = List.of("fATima", "cA'i$a", "maryam", "zaynab", "xadIja", "laylA",
            "amIna", "salmA", "hudA", "rAniya", "samIra", "jamIla", "nAdiya", "suhA", "lubnA");

    static final List<String> ARABIC_FAMILY = List.of("al-tamImI", "al-zahrAnI", "al-qaHTAnI", "al-HarbI",
            "al-cumarI", "al-$ammarI", "al-baghdAdI", "al-ma$hadAnI", "HaddAd", "xalIl", "manSUr", "naSSAr",
            "al-xaTIb", "al-najjAr", "cuVmAn", "al-SAliH", "ya'qUb", "al-ja'farI", "al-rifAcI", "HijAzI", "al-Sayyid",
            "al-qurayshI", "cAbidIn", "al-Hakim", "al-jabUrI", "mUsA", "al-xUrI", "qAsim", "al-$AmI", "al-HasanI");

    private NameLists() {
    }
}
