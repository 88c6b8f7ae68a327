package eu.adpack.matching;

import eu.adpack.matching.text.Bm25;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishAnalyserTest {

    /** Examples given for each step in Porter's 1980 paper, and a few of our domain's words. */
    @ParameterizedTest
    @CsvSource({
        "caresses,caress", "ponies,poni", "ties,ti", "caress,caress", "cats,cat",
        "feed,feed", "agreed,agre", "plastered,plaster", "bled,bled", "motoring,motor", "sing,sing",
        "conflated,conflat", "troubled,troubl", "sized,size", "hopping,hop", "tanned,tan", "falling,fall",
        "hissing,hiss", "fizzed,fizz", "failing,fail", "filing,file",
        "happy,happi", "sky,sky",
        "relational,relat", "conditional,condit", "rational,ration", "valenci,valenc", "hesitanci,hesit",
        "digitizer,digit", "conformabli,conform", "radicalli,radic", "differentli,differ", "vileli,vile",
        "analogousli,analog", "vietnamization,vietnam", "predication,predic", "operator,oper",
        "feudalism,feudal", "decisiveness,decis", "hopefulness,hope", "callousness,callous", "formaliti,formal",
        "sensitiviti,sensit", "sensibiliti,sensibl",
        "triplicate,triplic", "formative,form", "formalize,formal", "electriciti,electr", "electrical,electr",
        "hopeful,hope", "goodness,good",
        "revival,reviv", "allowance,allow", "inference,infer", "airliner,airlin", "gyroscopic,gyroscop",
        "adjustable,adjust", "defensible,defens", "irritant,irrit", "replacement,replac", "adjustment,adjust",
        "dependent,depend", "adoption,adopt", "homologou,homolog", "communism,commun", "activate,activ",
        "angulariti,angular", "homologous,homolog", "effective,effect", "bowdlerize,bowdler",
        "probate,probat", "rate,rate", "cease,ceas", "controll,control", "roll,roll",
        "indicators,indic", "indicator,indic", "packaging,packag", "sensors,sensor", "printed,print"
    })
    void stemsAsThePublishedAlgorithm(String word, String stem) {
        assertThat(EnglishAnalyser.INSTANCE.stem(word)).isEqualTo(stem);
    }

    @Test
    void lowerCasesDropsStopWordsAndStems() {
        assertThat(EnglishAnalyser.INSTANCE.analyse("The Freshness INDICATORS of a printed-electronics label, 2 x"))
                .containsExactly("fresh", "indic", "print", "electron", "label");
    }

    @Test
    void emptyAndNullTextHaveNoTerms() {
        assertThat(EnglishAnalyser.INSTANCE.analyse(null)).isEmpty();
        assertThat(EnglishAnalyser.INSTANCE.analyse(" , ; ")).isEmpty();
    }

    @Test
    void bm25SaturatesAndDiscountsLongTexts() {
        Bm25 bm25 = Bm25.DEFAULT;
        assertThat(bm25.saturation(2, 10, 10)).isGreaterThan(bm25.saturation(1, 10, 10));
        assertThat(bm25.saturation(1, 20, 10)).isLessThan(bm25.saturation(1, 10, 10));
        assertThat(bm25.saturation(1000, 10, 10)).isLessThan(1);
        assertThat(Bm25.idf(1, 1000)).isGreaterThan(Bm25.idf(100, 1000)).isPositive();
    }
}
