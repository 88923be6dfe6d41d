//! The dataset being sharded: user records with realistic, skewed surnames, signups that grow
//! year on year, and regions of uneven size.
//!
//! Surnames are drawn in two steps: a first letter from [`LETTER_WEIGHTS`] (approximate shares
//! of US residents by the first letter of their surname, after the Census Bureau's surname
//! tables: S, M, B, C, H are common; Q, U, X are rare), then a real common surname starting
//! with that letter, more common names more often. Shard keys built on names inherit that
//! skew, which is what makes range sharding on last name run hot.

use rand::Rng;

use crate::rng::seeded;

/// The fewest records a dataset holds.
pub const MIN_RECORDS: usize = 200;
/// The most records a dataset holds.
pub const MAX_RECORDS: usize = 100_000;
/// The dataset size used when none is given.
pub const DEFAULT_RECORDS: usize = 1_000;

/// A data-centre region; geographic sharding keeps each record in its user's region.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Region {
    /// North America, served from the US-East data centre.
    UsEast,
    /// Europe, whose personal data GDPR-style residency rules keep on EU soil.
    EuWest,
    /// Asia-Pacific.
    Apac,
}

impl Region {
    /// Every region, in the order used by arrays indexed by [`Region::index`].
    pub const ALL: [Region; 3] = [Region::UsEast, Region::EuWest, Region::Apac];

    /// The region's position in [`Region::ALL`].
    pub fn index(self) -> usize {
        match self {
            Region::UsEast => 0,
            Region::EuWest => 1,
            Region::Apac => 2,
        }
    }
}

/// The share of users living in each region, in percent (US-East, EU-West, APAC): uneven, as
/// real user bases are, so regions differ in size.
pub const REGION_SHARES: [u32; 3] = [50, 30, 20];

/// Approximate share of US surnames by first letter, in basis points (A to Z, summing to
/// 10,000), after the Census Bureau's surname frequency tables.
pub const LETTER_WEIGHTS: [u32; 26] = [
    340, 900, 750, 450, 180, 350, 540, 730, 40, 300, 360, 490, 950, // A–M
    190, 140, 490, 20, 540, 990, 360, 20, 180, 580, 5, 60, 45, // N–Z
];

/// Real common US surnames for each first letter, most common first.
pub const SURNAMES: [&[&str]; 26] = [
    &[
        "Anderson",
        "Allen",
        "Adams",
        "Alexander",
        "Alvarez",
        "Aguilar",
        "Austin",
        "Armstrong",
        "Arnold",
        "Andrews",
        "Acosta",
        "Atkinson",
    ],
    &[
        "Brown", "Baker", "Bailey", "Bell", "Brooks", "Bennett", "Butler", "Barnes", "Bryant",
        "Burns", "Boyd", "Black",
    ],
    &[
        "Clark", "Campbell", "Carter", "Collins", "Cook", "Cooper", "Cruz", "Castillo", "Chavez",
        "Coleman", "Cole", "Cox",
    ],
    &[
        "Davis",
        "Diaz",
        "Dixon",
        "Dunn",
        "Daniels",
        "Dean",
        "Delgado",
        "Douglas",
        "Duncan",
        "Day",
        "Dominguez",
        "Davidson",
    ],
    &[
        "Edwards", "Evans", "Ellis", "Estrada", "Elliott", "Espinoza", "Erickson", "Ellison",
        "Eaton", "English",
    ],
    &[
        "Flores",
        "Fisher",
        "Foster",
        "Ford",
        "Freeman",
        "Fernandez",
        "Fields",
        "Fuller",
        "Franklin",
        "Fox",
        "Fleming",
        "Frazier",
    ],
    &[
        "Garcia",
        "Gonzalez",
        "Green",
        "Gomez",
        "Gray",
        "Gutierrez",
        "Griffin",
        "Graham",
        "Gibson",
        "Grant",
        "Gordon",
        "Garza",
    ],
    &[
        "Harris",
        "Hernandez",
        "Hall",
        "Hill",
        "Hughes",
        "Howard",
        "Hayes",
        "Henderson",
        "Hamilton",
        "Hunt",
        "Holmes",
        "Hoffman",
    ],
    &[
        "Ingram", "Irwin", "Ibarra", "Ingle", "Isaacs", "Ivey", "Irving", "Inman",
    ],
    &[
        "Johnson", "Jones", "Jackson", "James", "Jenkins", "Jimenez", "Jordan", "Johnston",
        "Jensen", "Jacobs", "Joseph", "Jennings",
    ],
    &[
        "King", "Kelly", "Kim", "Kennedy", "Knight", "Keller", "Kelley", "Kaur", "Klein", "Kramer",
        "Kemp", "Kirby",
    ],
    &[
        "Lee", "Lopez", "Lewis", "Long", "Lane", "Lawrence", "Lawson", "Lynch", "Le", "Lin",
        "Logan", "Lucas",
    ],
    &[
        "Miller", "Martinez", "Martin", "Moore", "Mitchell", "Morris", "Murphy", "Morgan", "Myers",
        "Marshall", "Mendoza", "Medina",
    ],
    &[
        "Nelson", "Nguyen", "Nichols", "Noble", "Nash", "Navarro", "Newman", "Norris", "Nunez",
        "Norman", "Neal", "Nolan",
    ],
    &[
        "Ortiz", "Owens", "Olson", "Ortega", "Oliver", "O'Brien", "Orozco", "Osborne", "Ochoa",
        "O'Neal",
    ],
    &[
        "Perez",
        "Parker",
        "Phillips",
        "Patel",
        "Peterson",
        "Powell",
        "Perry",
        "Price",
        "Patterson",
        "Palmer",
        "Pierce",
        "Pham",
    ],
    &[
        "Quinn", "Quintero", "Quintana", "Quiroz", "Quinones", "Qualls", "Quick", "Queen",
    ],
    &[
        "Rodriguez",
        "Robinson",
        "Ramirez",
        "Roberts",
        "Rivera",
        "Reyes",
        "Reed",
        "Rogers",
        "Ross",
        "Russell",
        "Ramos",
        "Ruiz",
    ],
    &[
        "Smith", "Sanchez", "Scott", "Stewart", "Sanders", "Sullivan", "Simmons", "Stevens",
        "Shaw", "Snyder", "Spencer", "Silva",
    ],
    &[
        "Thomas", "Taylor", "Thompson", "Torres", "Turner", "Tran", "Tucker", "Thornton", "Tate",
        "Todd", "Townsend", "Terry",
    ],
    &[
        "Underwood",
        "Upton",
        "Uribe",
        "Ulrich",
        "Urban",
        "Usher",
        "Unger",
        "Underhill",
    ],
    &[
        "Vasquez",
        "Vargas",
        "Vega",
        "Valdez",
        "Vaughn",
        "Valencia",
        "Vazquez",
        "Villarreal",
        "Velasquez",
        "Vance",
        "Vo",
        "Vu",
    ],
    &[
        "Williams",
        "Wilson",
        "White",
        "Walker",
        "Wright",
        "Wood",
        "Watson",
        "Ward",
        "Washington",
        "Wallace",
        "West",
        "Warren",
    ],
    &["Xiong", "Xu", "Xie", "Xavier", "Xiao"],
    &[
        "Young", "Yang", "Yates", "York", "Yoder", "Yu", "Yee", "Yeager",
    ],
    &[
        "Zimmerman",
        "Zamora",
        "Zhang",
        "Zavala",
        "Zuniga",
        "Zhou",
        "Zhu",
        "Zeller",
    ],
];

/// The first signup year; signup days count from 1 January of this year.
pub const START_YEAR: u32 = 2015;
/// Relative number of signups in each year from [`START_YEAR`]: a service growing every year.
pub const YEAR_WEIGHTS: [u32; 10] = [3, 4, 5, 6, 8, 9, 11, 13, 15, 17];
/// The number of days the signups span (2015-01-01 to 2024-12-31).
pub const DAYS: u32 = 3653;

/// One user: the row being sharded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Record {
    /// The user id, the table's primary key: 1, 2, 3… in signup order (an auto-increment key).
    pub id: u32,
    /// The surname, the key range and directory sharding split on.
    pub last_name: &'static str,
    /// The surname's first letter as 0 (A) to 25 (Z).
    pub letter: u8,
    /// Days since 2015-01-01 on which the user signed up.
    pub signup_day: u16,
    /// Where the user lives, the key geographic sharding splits on.
    pub region: Region,
}

/// The first letter `i` (0 = A) as a character; `?` outside A–Z.
pub fn letter_char(i: u8) -> char {
    if i < 26 {
        char::from(b'A' + i)
    } else {
        '?'
    }
}

/// The position of `c` in the alphabet (A or a = 0), if it is a letter A–Z.
pub fn letter_index(c: char) -> Option<u8> {
    let u = c.to_ascii_uppercase();
    u.is_ascii_uppercase().then(|| u as u8 - b'A')
}

fn is_leap(year: u32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn year_len(year: u32) -> u32 {
    if is_leap(year) {
        366
    } else {
        365
    }
}

/// The first and last signup day of calendar `year`, if it lies within the dataset's span.
pub fn year_days(year: u32) -> Option<(u32, u32)> {
    if !(START_YEAR..START_YEAR + YEAR_WEIGHTS.len() as u32).contains(&year) {
        return None;
    }
    let first: u32 = (START_YEAR..year).map(year_len).sum();
    Some((first, first + year_len(year) - 1))
}

/// A calendar date (Gregorian), for saying when a user signed up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CalendarDate {
    /// The year, such as 2020.
    pub year: u32,
    /// The month, 1 to 12.
    pub month: u32,
    /// The day of the month, 1 to 31.
    pub day: u32,
}

/// The calendar date of signup day `day` (days past the span keep counting), so a range scan
/// on signup date can be stated as dates.
pub fn calendar_date(day: u32) -> CalendarDate {
    // Every 400 Gregorian years hold exactly 146,097 days.
    let mut year = START_YEAR + 400 * (day / 146_097);
    let mut rest = day % 146_097;
    while rest >= year_len(year) {
        rest -= year_len(year);
        year += 1;
    }
    let feb = if is_leap(year) { 29 } else { 28 };
    let months = [31, feb, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let mut month = 1;
    for len in months {
        if rest < len {
            break;
        }
        rest -= len;
        month += 1;
    }
    CalendarDate {
        year,
        month,
        day: rest + 1,
    }
}

/// Running totals of `weights`, for drawing an index with probability proportional to weight.
fn cumulative(weights: impl IntoIterator<Item = u32>) -> Vec<u32> {
    weights
        .into_iter()
        .scan(0u32, |acc, w| {
            *acc += w;
            Some(*acc)
        })
        .collect()
}

/// An index drawn with probability proportional to its weight, from running totals.
pub(super) fn draw(rng: &mut impl Rng, cumulative: &[u32]) -> usize {
    let total = cumulative.last().copied().unwrap_or(0);
    if total == 0 {
        return 0;
    }
    let x = rng.random_range(0..total);
    cumulative
        .partition_point(|&c| c <= x)
        .min(cumulative.len() - 1)
}

/// A dataset of users, generated from a seed, with the summaries sharding decisions use.
#[derive(Debug, Clone)]
pub struct Dataset {
    records: Vec<Record>,
    by_region: [Vec<u32>; 3],
    letter_counts: [usize; 26],
    region_counts: [usize; 3],
}

impl Dataset {
    /// `n` users (clamped to [`MIN_RECORDS`]..=[`MAX_RECORDS`]) drawn from `seed`: the same
    /// seed and size always give the same users.
    pub fn generate(n: usize, seed: u64) -> Self {
        let n = n.clamp(MIN_RECORDS, MAX_RECORDS);
        let mut rng = seeded(seed);
        let letters = cumulative(LETTER_WEIGHTS);
        let names: Vec<Vec<u32>> = SURNAMES
            .iter()
            .map(|list| cumulative((0..list.len() as u32).map(|r| 1200 / (r + 3))))
            .collect();
        let regions = cumulative(REGION_SHARES);
        let years = cumulative(YEAR_WEIGHTS);

        // Signup days, drawn year by year and then emitted in date order, so that user ids
        // (assigned in signup order, like an auto-increment key) grow with the signup date.
        let mut per_day = vec![0u32; DAYS as usize];
        for _ in 0..n {
            let year = START_YEAR + draw(&mut rng, &years) as u32;
            let (first, last) = year_days(year).unwrap_or((0, 0));
            let day = rng.random_range(first..=last) as usize;
            if let Some(slot) = per_day.get_mut(day) {
                *slot += 1;
            }
        }

        let mut records = Vec::with_capacity(n);
        let mut by_region: [Vec<u32>; 3] = Default::default();
        let mut letter_counts = [0usize; 26];
        let mut region_counts = [0usize; 3];
        for (day, &count) in per_day.iter().enumerate() {
            for _ in 0..count {
                let letter = draw(&mut rng, &letters);
                let list = SURNAMES.get(letter).copied().unwrap_or(&["Smith"]);
                let name_weights = names.get(letter).map(Vec::as_slice).unwrap_or(&[]);
                let last_name = list
                    .get(draw(&mut rng, name_weights))
                    .copied()
                    .unwrap_or("Smith");
                let region = Region::ALL
                    .get(draw(&mut rng, &regions))
                    .copied()
                    .unwrap_or(Region::UsEast);
                let index = records.len() as u32;
                by_region[region.index()].push(index);
                letter_counts[letter] += 1;
                region_counts[region.index()] += 1;
                records.push(Record {
                    id: index + 1,
                    last_name,
                    letter: letter as u8,
                    signup_day: day as u16,
                    region,
                });
            }
        }
        Dataset {
            records,
            by_region,
            letter_counts,
            region_counts,
        }
    }

    /// Every user, in id order (user `id` is at index `id − 1`).
    pub fn records(&self) -> &[Record] {
        &self.records
    }

    /// How many users there are.
    pub fn len(&self) -> usize {
        self.records.len()
    }

    /// Whether there are no users (never, as a dataset holds at least [`MIN_RECORDS`]).
    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// The user with this id, if any.
    pub fn by_id(&self, id: u32) -> Option<&Record> {
        self.records.get((id as usize).checked_sub(1)?)
    }

    /// How many surnames start with each letter, A to Z: the skew range sharding suffers from.
    pub fn letter_counts(&self) -> &[usize; 26] {
        &self.letter_counts
    }

    /// How many users live in each region (indexed by [`Region::index`]).
    pub fn region_counts(&self) -> &[usize; 3] {
        &self.region_counts
    }

    /// The positions (in [`Dataset::records`]) of the users living in `region`.
    pub fn region_members(&self, region: Region) -> &[u32] {
        &self.by_region[region.index()]
    }
}
