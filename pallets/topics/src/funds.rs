//! Where the topics' money goes: fees to the ecosystem account (credited to the topic's fee
//! revenue) and the deposits held while a topic or a registration lives.

use super::*;

impl<T: Config> Pallet<T> {
	/// The account that receives every fee (and, with the emissions pallet, the minted rewards).
	pub fn ecosystem_account() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	/// Pays `fee` from `payer` to the ecosystem account and credits it to the topic's fee
	/// revenue (the payload fees of the inference and reputation pallets).
	pub fn pay_topic_fee(
		topic_id: TopicId,
		payer: &T::AccountId,
		fee: BalanceOf<T>,
	) -> DispatchResult {
		if fee.is_zero() {
			return Ok(());
		}
		Self::transfer_to_pot(payer, fee)?;
		FeeRevenue::<T>::mutate(topic_id, |r| *r = r.saturating_add(fee));
		Self::deposit_event(Event::FeePaid { topic_id, payer: payer.clone(), fee });
		Ok(())
	}

	/// Holds a deposit of `amount` (none if zero) from `who`.
	pub(crate) fn hold(
		reason: HoldReason,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		T::Currency::hold(&reason.into(), who, amount)
			.map_err(|_| Error::<T>::CannotHoldDeposit)?;
		Ok(())
	}

	/// Releases a deposit held with [`Pallet::hold`].
	pub(crate) fn release(reason: HoldReason, who: &T::AccountId, amount: BalanceOf<T>) {
		if amount.is_zero() {
			return;
		}
		let _ = T::Currency::release(&reason.into(), who, amount, Precision::BestEffort);
	}

	pub(crate) fn transfer_to_pot(from: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		T::Currency::transfer(from, &Self::ecosystem_account(), amount, Preservation::Preserve)
			.map_err(|_| Error::<T>::CannotPay)?;
		Ok(())
	}
}
